import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { call, client, eventsOf, type Session, staffMember, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";
import { companyProfiles } from "./tables";

const t = await testApp();

const companyId = (as: Session) => as.me.company?.id ?? "";
const setPlan = (as: Session | null, id: string, payload: unknown) =>
  call(t, as, {
    method: "PUT",
    url: `/api/v1/staff/companies/${id}/plan`,
    payload: payload as Record<string, unknown>,
  });
const planRow = async (id: string) =>
  (await t.db.select({ plan: companyProfiles.plan }).from(companyProfiles).where(eq(companyProfiles.companyId, id)))[0]
    ?.plan ?? null;
const planEvents = async (id: string) => (await eventsOf(t, id)).filter((e) => e.action === "company.plan_changed");

describe("PUT /api/v1/staff/companies/{id}/plan", () => {
  it("puts a company on a plan: its members see the new fee, the history records it once, a repeat changes nothing", async () => {
    const staff = await staffMember(t, "admin");
    const casey = await client(t);
    const id = companyId(casey);
    const set = await setPlan(staff, id, { plan: "enterprise" });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toEqual({ companyId: id, plan: { name: "enterprise", feeBasisPoints: 500 } });
    const mine = await call(t, casey, { method: "GET", url: "/api/v1/companies/me" });
    expect(mine.json().plan).toEqual({ name: "enterprise", feeBasisPoints: 500 });
    const again = await setPlan(staff, id, { plan: "enterprise" });
    expect(again.json()).toEqual(set.json());
    const events = await planEvents(id);
    expect(events).toHaveLength(1);
    expect(events[0]?.data).toMatchObject({ before: { plan: "standard" }, after: { plan: "enterprise" } });
    await setPlan(staff, id, { plan: "standard" });
    expect(await planRow(id)).toBe("standard");
    expect(await planEvents(id)).toHaveLength(2);
  });

  it("is for staff admins only: other staff, company admins, workers and logged-out callers change nothing", async () => {
    const casey = await client(t);
    const id = companyId(casey);
    const denied: [Session | null, number][] = [
      [null, 401],
      [casey, 403],
      [await teammate(t, casey, "finance"), 403],
      [await worker(t), 403],
      [await staffMember(t, "escalations"), 403],
      [await staffMember(t, "trust_safety"), 403],
    ];
    for (const [as, status] of denied) {
      const response = await setPlan(as, id, { plan: "enterprise" });
      expect(response.statusCode, response.body).toBe(status);
    }
    expect(await planRow(id)).toBeNull();
    expect(await planEvents(id)).toHaveLength(0);
  });

  it("answers 404 for an unknown company and 400 for an unknown or missing plan, writing nothing", async () => {
    const staff = await staffMember(t, "admin");
    const missing = await setPlan(staff, randomUUID(), { plan: "enterprise" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "not_found" });
    const casey = await client(t);
    const id = companyId(casey);
    for (const body of [{ plan: "gold" }, { plan: "" }, { plan: 5 }, {}, { plan: "enterprise", fee: 1 }]) {
      const response = await setPlan(staff, id, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
      expect(response.json()).toMatchObject({ status: 400 });
    }
    expect((await setPlan(staff, "not-a-uuid", { plan: "enterprise" })).statusCode).toBe(400);
    expect(await planRow(id)).toBeNull();
  });
});
