import { randomBytes, randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, client, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const companyId = (as: Session) => as.me.company?.id ?? "";
const get = (as: Session | null, url: string) => call(t, as, { method: "GET", url: `/api/v1${url}` });
const list = async (as: Session, query: Record<string, string>) => {
  const response = await get(as, `/staff/companies?${new URLSearchParams(query)}`);
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as { items: { id: string; name: string }[]; nextCursor: string | null };
};

describe("GET /api/v1/staff/companies", () => {
  it("finds companies by part of the name or the exact id, A to Z, a page at a time", async () => {
    const staff = await staffMember(t, "trust_safety");
    const tag = randomBytes(4).toString("hex");
    const names = [`Zeta Tiles ${tag}`, `Alpha Tiles ${tag}`, `Mid Tiles ${tag}`];
    const made = [];
    for (const companyName of names) {
      made.push(await client(t, { companyName }));
    }
    const first = await list(staff, { q: `tiles ${tag}`, limit: "2" });
    expect(first.items.map((c) => c.name)).toEqual([`Alpha Tiles ${tag}`, `Mid Tiles ${tag}`]);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(staff, { q: `tiles ${tag}`, limit: "2", cursor: first.nextCursor ?? "" });
    expect(second.items.map((c) => c.name)).toEqual([`Zeta Tiles ${tag}`]);
    expect(second.nextCursor).toBeNull();
    expect(second.items[0]).toEqual({
      id: companyId(made[0] as Session),
      name: `Zeta Tiles ${tag}`,
      memberSince: expect.any(String),
      plan: { name: "standard", feeBasisPoints: 1000 },
      paymentTermsDays: 30,
      paymentSettings: { securedFunds: false },
    });
    const byId = await list(staff, { q: companyId(made[1] as Session) });
    expect(byId.items.map((c) => c.name)).toEqual([`Alpha Tiles ${tag}`]);
    // A wildcard in the search is a letter, not a pattern.
    expect((await list(staff, { q: `%${tag}` })).items).toEqual([]);
  });

  it("is for staff only, and refuses a cursor it never made", async () => {
    expect((await get(null, "/staff/companies")).statusCode).toBe(401);
    expect((await get(await client(t), "/staff/companies")).statusCode).toBe(403);
    expect((await get(await worker(t), "/staff/companies")).statusCode).toBe(403);
    const staff = await staffMember(t, "escalations");
    const forged = Buffer.from(JSON.stringify(["Acme", "not-a-uuid"])).toString("base64url");
    const refused = await get(staff, `/staff/companies?cursor=${forged}`);
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ code: "validation_failed" });
  });
});

describe("GET /api/v1/staff/companies/{id}", () => {
  it("shows the company's plan, payment terms and secured funds, with the plans to choose from and their fee", async () => {
    const staff = await staffMember(t, "admin");
    const casey = await client(t);
    const id = companyId(casey);
    const changed = await call(t, casey, {
      method: "PATCH",
      url: "/api/v1/companies/me/payment-settings",
      payload: { securedFunds: true },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    await call(t, casey, { method: "PATCH", url: "/api/v1/companies/me/settings", payload: { paymentTermsDays: 15 } });
    const plan = await call(t, staff, {
      method: "PUT",
      url: `/api/v1/staff/companies/${id}/plan`,
      payload: { plan: "enterprise" },
    });
    expect(plan.statusCode, plan.body).toBe(200);
    const read = await get(staff, `/staff/companies/${id}`);
    expect(read.statusCode, read.body).toBe(200);
    expect(read.json()).toEqual({
      id,
      name: casey.me.company?.name,
      memberSince: expect.any(String),
      plan: { name: "enterprise", feeBasisPoints: 500 },
      paymentTermsDays: 15,
      paymentSettings: { securedFunds: true },
      plans: [
        { name: "standard", feeBasisPoints: 1000 },
        { name: "enterprise", feeBasisPoints: 500 },
      ],
    });
  });

  it("answers 404 for an unknown company and refuses everyone but staff", async () => {
    const staff = await staffMember(t, "trust_safety");
    const missing = await get(staff, `/staff/companies/${randomUUID()}`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toMatchObject({ code: "not_found" });
    const casey = await client(t);
    expect((await get(casey, `/staff/companies/${companyId(casey)}`)).statusCode).toBe(403);
    expect((await get(null, `/staff/companies/${companyId(casey)}`)).statusCode).toBe(401);
  });
});
