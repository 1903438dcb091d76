import { describe, expect, it } from "vitest";
import { call, client, type Session, staffMember, teammate, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";
import type { EventPage } from "./contract";

const t = await testApp();
const NOBODY = "00000000-0000-4000-8000-000000000000";

const history = (as: Session | null, subject: string, extra = "") =>
  call(t, as, { method: "GET", url: `/api/v1/events?subject=${encodeURIComponent(subject)}${extra}` });
const actions = async (as: Session, subject: string) => {
  const response = await history(as, subject);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as EventPage).items.map((e) => e.action);
};
const status = async (as: Session | null, subject: string) => (await history(as, subject)).statusCode;

describe("GET /api/v1/events?subject=user:…", () => {
  it("shows a user their own history, with who acted and when", async () => {
    const wren = await worker(t, { name: "Wren History" });
    await call(t, wren, { method: "PATCH", url: "/api/v1/me", payload: { name: "Wren Renamed" } });
    const response = await history(wren, `user:${wren.me.id}`);
    const page: EventPage = response.json();
    // The test's sign-up logs in afterwards, as the web does (sign-up answers without a session).
    expect(page.items.map((e) => e.action)).toEqual(["user.signed_up", "user.logged_in", "user.updated"]);
    expect(page.items[2]).toMatchObject({
      subject: { type: "user", id: wren.me.id },
      actor: { kind: "user", id: wren.me.id, name: "Wren Renamed" },
      data: { before: { name: "Wren History" }, after: { name: "Wren Renamed" } },
    });
    expect(Date.parse(page.items[0]?.at ?? "")).not.toBeNaN();
    expect(page.nextCursor).toBeNull();
  });

  it("hides it from other users (404) but not from staff", async () => {
    const wren = await worker(t);
    expect(await status(await worker(t), `user:${wren.me.id}`)).toBe(404);
    expect(await status(await client(t), `user:${wren.me.id}`)).toBe(404);
    expect(await status(null, `user:${wren.me.id}`)).toBe(401);
    const staff = await staffMember(t, "trust_safety");
    expect(await actions(staff, `user:${wren.me.id}`)).toEqual(["user.signed_up", "user.logged_in"]);
    expect(await status(staff, `user:${NOBODY}`)).toBe(404);
  });
});

describe("company, invitation and API key histories", () => {
  it("shows a company's history to every member and staff, to nobody else", async () => {
    const casey = await client(t, { companyName: "History Co" });
    const viewer = await teammate(t, casey, "viewer");
    const subject = `company:${casey.me.company?.id}`;
    await call(t, casey, { method: "PATCH", url: "/api/v1/companies/me", payload: { name: "History Co 2" } });
    const seen = await actions(viewer, subject);
    expect(seen).toContain("company.created");
    expect(seen).toContain("company.renamed");
    expect(await actions(await staffMember(t, "escalations"), subject)).toEqual(seen);
    expect(await status(await client(t), subject)).toBe(404);
    expect(await status(await worker(t), subject)).toBe(404);
  });

  it("shows an invitation's history to its company's admins only", async () => {
    const casey = await client(t);
    const invited = await call(t, casey, {
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: uniqueEmail(), role: "manager" },
    });
    const subject = `invitation:${invited.json().id}`;
    expect(await actions(casey, subject)).toEqual(["invitation.created"]);
    expect(await status(await teammate(t, casey, "manager"), subject)).toBe(404);
    expect(await status(await client(t), subject)).toBe(404);
  });

  it("shows an API key's history to its owner only", async () => {
    const wren = await worker(t);
    const created = await call(t, wren, { method: "POST", url: "/api/v1/api-keys", payload: { name: "cli" } });
    const subject = `api_key:${created.json().apiKey.id}`;
    expect(await actions(wren, subject)).toEqual(["api_key.created"]);
    expect(await status(await worker(t), subject)).toBe(404);
    expect(await status(await staffMember(t, "admin"), subject)).toBe(404);
  });
});

describe("policy version and worker profile histories", () => {
  it("shows a policy version's publication to anyone logged in", async () => {
    const overview = await call(t, null, { method: "GET", url: "/api/v1/policies" });
    const versionId = overview.json().items[0].current.id;
    const page: EventPage = (await history(await worker(t), `policy_version:${versionId}`)).json();
    expect(page.items[0]).toMatchObject({ action: "policy_version.published", actor: { kind: "system", name: null } });
    expect(await status(await client(t), `policy_version:${NOBODY}`)).toBe(404);
  });

  it("keeps a worker profile's history (with the home address) to the worker and staff", async () => {
    const wren = await worker(t);
    await call(t, wren, { method: "PATCH", url: "/api/v1/workers/me", payload: { headline: "Fiber splicer" } });
    const subject = `worker_profile:${wren.me.id}`;
    expect(await actions(wren, subject)).toEqual(["worker_profile.updated"]);
    expect(await actions(await staffMember(t, "trust_safety"), subject)).toEqual(["worker_profile.updated"]);
    expect(await status(await client(t), subject)).toBe(404);
  });
});

describe("paging and bad queries", () => {
  it("pages oldest first with a cursor", async () => {
    const wren = await worker(t);
    for (const name of ["One", "Two", "Three"]) {
      await call(t, wren, { method: "PATCH", url: "/api/v1/me", payload: { name } });
    }
    const page = async (cursor?: string | null): Promise<EventPage> =>
      (await history(wren, `user:${wren.me.id}`, `&limit=2${cursor ? `&cursor=${cursor}` : ""}`)).json();
    const first = await page();
    expect(first.items.map((e) => e.action)).toEqual(["user.signed_up", "user.logged_in"]);
    const second = await page(first.nextCursor);
    expect(second.items.map((e) => e.data.after)).toEqual([{ name: "One" }, { name: "Two" }]);
    const third = await page(second.nextCursor);
    expect(third.items.map((e) => e.data.after)).toEqual([{ name: "Three" }]);
    expect(third.nextCursor).toBeNull();
  });

  it("answers 404 for an unknown subject type and 400 for malformed input", async () => {
    const wren = await worker(t);
    expect(await status(wren, `spaceship:${wren.me.id}`)).toBe(404);
    expect(await status(wren, "user")).toBe(400);
    expect(await status(wren, "user:not-a-uuid")).toBe(400);
    // The same id rule as every path id: a hex string that is no UUID (version 0, variant 0) is refused by both.
    const notUuid = "12345678-1234-0234-0234-123456789abc";
    expect(await status(wren, `assignment:${notUuid}`)).toBe(400);
    expect((await call(t, wren, { method: "GET", url: `/api/v1/assignments/${notUuid}` })).statusCode).toBe(400);
    expect((await history(wren, `user:${wren.me.id}`, "&limit=0")).statusCode).toBe(400);
    expect((await history(wren, `user:${wren.me.id}`, "&limit=101")).statusCode).toBe(400);
    expect((await history(wren, `user:${wren.me.id}`, "&cursor=%%%")).statusCode).toBe(400);
    expect((await history(wren, `user:${wren.me.id}`, "&verbose=1")).statusCode).toBe(400);
    expect((await call(t, wren, { method: "GET", url: "/api/v1/events" })).statusCode).toBe(400);
  });
});
