import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { call, client, eventsOf, lastMailTo, type Session, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

async function licensedSet(owner: Session) {
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/requirement-sets",
    payload: { name: "Licensed", requirements: [{ type: "licence", name: "Electrician", region: null }] },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

async function pool(owner: Session, body: Record<string, unknown>) {
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/talent-pools",
    payload: { name: "Electricians", visibility: "public", ...body },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string; actions: string[] };
}

/** A verified licence expiring in `days` days (verified by the pool's company). */
async function licensed(w: Session, owner: Session, days: number) {
  const expiresOn = new Date(t.clock.now().getTime() + days * DAY).toISOString().slice(0, 10);
  const added = await call(t, w, {
    method: "POST",
    url: "/api/v1/credentials",
    payload: { kind: "licence", name: "Electrician", number: "E-1", region: "TX", country: "US", expiresOn },
  });
  const verified = await call(t, owner, {
    method: "POST",
    url: `/api/v1/credentials/${added.json().id}/verify`,
    payload: { note: null },
  });
  expect(verified.statusCode, verified.body).toBe(200);
}

const apply = (w: Session, id: string) => call(t, w, { method: "POST", url: `/api/v1/talent-pools/${id}/apply` });
const statusIn = async (owner: Session, id: string, workerId: string) =>
  (await call(t, owner, { method: "GET", url: `/api/v1/talent-pools/${id}` }))
    .json()
    .members.find((m: { workerId: string }) => m.workerId === workerId)?.status;

describe("talent pools", () => {
  it("gates applying by the set (403 naming what is missing), joins at once when met, and shows the worker their checks", async () => {
    const owner = await client(t);
    const p = await pool(owner, { requirementSetId: await licensedSet(owner) });
    const w = await worker(t);
    const seen = await call(t, w, { method: "GET", url: `/api/v1/talent-pools/${p.id}` });
    expect(seen.json()).toMatchObject({
      actions: ["apply"],
      checks: [{ met: false, reason: "licence: Electrician: none on file" }],
    });
    const refused = await apply(w, p.id);
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({
      code: "requirements_not_met",
      missing: ["licence: Electrician: none on file"],
    });
    await licensed(w, owner, 100);
    const joined = await apply(w, p.id);
    expect(joined.statusCode, joined.body).toBe(200);
    expect(joined.json().members).toEqual([expect.objectContaining({ workerId: w.me.id, status: "member" })]);
    expect((await apply(w, p.id)).statusCode).toBe(409);
    expect((await eventsOf(t, p.id)).map((e) => e.action)).toEqual(["talent_pool.created", "talent_pool.joined"]);
  });

  it("waits for approval when the pool says so; invitation-only and private pools are closed to strangers", async () => {
    const owner = await client(t);
    const open = await pool(owner, { autoJoin: false });
    const w = await worker(t);
    expect((await apply(w, open.id)).json().members[0].status).toBe("pending");
    const approved = await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${open.id}/members/${w.me.id}/approve`,
    });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await statusIn(owner, open.id, w.me.id)).toBe("member");
    const again = await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${open.id}/members/${w.me.id}/approve`,
    });
    expect(again.statusCode).toBe(409);

    const invited = await pool(owner, { visibility: "invitation" });
    const priv = await pool(owner, { visibility: "private" });
    const stranger = await worker(t);
    // An invitation-only pool is listed (what it asks, checked for the worker) but joined only by invitation.
    const closed = await apply(stranger, invited.id);
    expect(closed.statusCode).toBe(403);
    expect(closed.json().code).toBe("forbidden");
    expect((await apply(stranger, priv.id)).statusCode).toBe(404);
    const list = (await call(t, stranger, { method: "GET", url: "/api/v1/talent-pools" })).json().items;
    expect(list.map((x: { id: string }) => x.id)).not.toContain(priv.id);
    expect(list.find((x: { id: string }) => x.id === invited.id)).toMatchObject({ actions: [], members: [] });
    const invite = await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${priv.id}/invitations`,
      payload: { workerId: stranger.me.id },
    });
    expect(invite.statusCode, invite.body).toBe(200);
    expect((await lastMailTo(t, stranger.me.email)).subject).toContain("invited");
    expect((await apply(stranger, priv.id)).json().members[0].status).toBe("member");
  });

  it("keeps pools to their company and writes to admins and managers", async () => {
    const owner = await client(t);
    const p = await pool(owner, { visibility: "private" });
    const other = await client(t);
    expect((await call(t, other, { method: "GET", url: `/api/v1/talent-pools/${p.id}` })).statusCode).toBe(404);
    const viewer = await teammate(t, owner, "viewer");
    const refused = await call(t, viewer, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "x", visibility: "public" },
    });
    expect(refused.statusCode).toBe(403);
    const foreignSet = await licensedSet(other);
    const stolen = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "x", visibility: "public", requirementSetId: foreignSet },
    });
    expect(stolen.statusCode).toBe(404);
    const bad = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "", visibility: "secret", graceDays: -1 },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(
      expect.arrayContaining(["/body/name", "/body/visibility", "/body/graceDays"]),
    );
  });

  it("lets the company override the set for one worker, recorded in the pool's history", async () => {
    const owner = await client(t);
    const p = await pool(owner, { requirementSetId: await licensedSet(owner) });
    const w = await worker(t);
    const overridden = await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${p.id}/overrides`,
      payload: { workerId: w.me.id, reason: "Apprentice under our master electrician" },
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect((await apply(w, p.id)).statusCode).toBe(200);
    expect((await eventsOf(t, p.id)).map((e) => e.action)).toContain("talent_pool.requirements_overridden");
  });

  it("flags a member whose licence expired (clock-driven), removes them after the grace period", async () => {
    t.clock.set(new Date("2031-05-01T12:00:00Z"));
    const owner = await client(t);
    const p = await pool(owner, { requirementSetId: await licensedSet(owner), graceDays: 7 });
    const w = await worker(t);
    await licensed(w, owner, 10);
    expect((await apply(w, p.id)).statusCode).toBe(200);
    await t.runJobs();
    expect(await statusIn(owner, p.id, w.me.id)).toBe("member");
    t.clock.set(new Date("2031-05-12T12:00:00Z"));
    await t.runJobs();
    const admin = await client(t);
    const flagged = (
      await call(t, await teammate(t, owner, "viewer").catch(() => admin), {
        method: "GET",
        url: `/api/v1/talent-pools/${p.id}`,
      })
    ).json();
    expect(flagged.members?.[0]?.status ?? (await statusIn(owner, p.id, w.me.id))).toBe("flagged");
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, w.me.email));
    expect(mails.map((m) => m.subject)).toContain('You no longer meet the requirements of "Electricians"');
    t.clock.set(new Date("2031-05-19T11:00:00Z"));
    await t.runJobs();
    expect(await statusIn(owner, p.id, w.me.id)).toBe("flagged");
    t.clock.set(new Date("2031-05-19T13:00:00Z"));
    await t.runJobs();
    expect(await statusIn(owner, p.id, w.me.id)).toBe("removed");
    const actions = (await eventsOf(t, p.id)).map((e) => e.action);
    expect(actions).toEqual(expect.arrayContaining(["talent_pool.member_flagged", "talent_pool.member_removed"]));
  });
});
