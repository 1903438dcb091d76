import { and, eq, like } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { call, client, eventsOf, type Session, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

async function openPool(owner: Session, body: Record<string, unknown> = {}) {
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/talent-pools",
    payload: { name: "Night crew", visibility: "public", ...body },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}
const join = async (w: Session, id: string) =>
  expect((await call(t, w, { method: "POST", url: `/api/v1/talent-pools/${id}/apply` })).statusCode).toBe(200);
const message = (as: Session, id: string, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(t, as, { method: "POST", url: `/api/v1/talent-pools/${id}/messages`, payload, headers });
const mailsTo = (to: string) =>
  t.db
    .select()
    .from(mailOutbox)
    .where(and(eq(mailOutbox.to, to), like(mailOutbox.subject, "Night crew:%")));

describe("a message to all pool members", () => {
  it("mails every member, not those invited or waiting, leaves out a blocked member, and keeps it in the history", async () => {
    const owner = await client(t);
    const id = await openPool(owner);
    const [a, b, blocked] = [await worker(t), await worker(t), await worker(t)];
    await join(a, id);
    await join(b, id);
    await join(blocked, id);
    const invitedOnly = await worker(t);
    const waiting = await worker(t);
    const gated = await openPool(owner, { name: "Night crew", visibility: "invitation", autoJoin: false });
    await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${gated}/invitations`,
      payload: { workerId: invitedOnly.me.id },
    });
    await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${gated}/invitations`,
      payload: { workerId: waiting.me.id },
    });
    await join(waiting, gated);
    const blocking = await call(t, blocked, {
      method: "POST",
      url: "/api/v1/blocks",
      payload: { companyId: owner.me.company?.id },
    });
    expect(blocking.statusCode, blocking.body).toBe(201);

    const body = { subject: "Shift change", text: "From Monday the night shift starts at 21:00." };
    const key = { "idempotency-key": "pool-message-1" };
    const sent = await message(owner, id, body, key);
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json()).toEqual({ recipients: 2, blocked: 1 });
    // A retried request replays the answer and writes no second mail.
    expect((await message(owner, id, body, key)).json()).toEqual({ recipients: 2, blocked: 1 });
    for (const member of [a, b]) {
      const mails = await mailsTo(member.me.email);
      expect(mails.map((m) => m.subject)).toEqual(["Night crew: Shift change"]);
      expect(mails[0]?.text).toContain("21:00");
    }
    expect(await mailsTo(blocked.me.email)).toEqual([]);

    const toGated = await message(owner, gated, body);
    expect(toGated.json()).toEqual({ recipients: 0, blocked: 0 });
    expect(await mailsTo(invitedOnly.me.email)).toEqual([]);
    expect(await mailsTo(waiting.me.email)).toEqual([]);
    const events = (await eventsOf(t, id)).filter((e) => e.action === "talent_pool.messaged");
    expect(events.map((e) => e.data)).toEqual([{ ...body, recipients: 2, blocked: 1 }]);
  });

  it("reaches each member's inbox too, and the member's preference for talent notices decides the email", async () => {
    const owner = await client(t);
    const id = await openPool(owner);
    const [both, inAppOnly] = [await worker(t), await worker(t)];
    await join(both, id);
    await join(inAppOnly, id);
    const preference = await call(t, inAppOnly, {
      method: "PUT",
      url: "/api/v1/notification-preferences",
      payload: { preferences: [{ type: "talent.update", channel: "in_app" }] },
    });
    expect(preference.statusCode, preference.body).toBe(200);

    const sent = await message(owner, id, { subject: "Badges", text: "Pick up your new badge at the front desk." });
    expect(sent.json()).toEqual({ recipients: 2, blocked: 0 });
    for (const member of [both, inAppOnly]) {
      const inbox = await call(t, member, { method: "GET", url: "/api/v1/notifications" });
      expect(inbox.json().items).toContainEqual(
        expect.objectContaining({
          type: "talent.update",
          title: "Night crew: Badges",
          link: "/talent-pools",
          subject: { type: "talent_pool", id },
          read: false,
        }),
      );
    }
    expect((await mailsTo(both.me.email)).map((m) => m.subject)).toEqual(["Night crew: Badges"]);
    expect(await mailsTo(inAppOnly.me.email)).toEqual([]);
    // Nobody outside the pool hears of it.
    const stranger = await worker(t);
    const theirs = await call(t, stranger, { method: "GET", url: "/api/v1/notifications" });
    expect(theirs.json().items).toEqual([]);
  });

  it("is for the pool's company admins and managers; bad input points at the field", async () => {
    const owner = await client(t);
    const id = await openPool(owner);
    const w = await worker(t);
    await join(w, id);
    const body = { subject: "Hello", text: "Hi all." };
    expect((await message(await teammate(t, owner, "viewer"), id, body)).statusCode).toBe(403);
    expect((await message(w, id, body)).statusCode).toBe(403);
    expect((await message(await client(t), id, body)).statusCode).toBe(404);
    expect((await message(await teammate(t, owner, "manager"), id, body)).json()).toEqual({
      recipients: 1,
      blocked: 0,
    });
    const bad = await message(owner, id, { subject: "", text: "x".repeat(5001) });
    expect(bad.statusCode).toBe(400);
    expect(
      bad
        .json()
        .errors.map((e: { pointer: string }) => e.pointer)
        .sort(),
    ).toEqual(["/body/subject", "/body/text"]);
  });
});
