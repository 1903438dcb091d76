import { describe, expect, it } from "vitest";
import { call, client, eventsOf, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const body = {
  name: "Insured HVAC techs",
  description: "For rooftop units",
  requirements: [
    { type: "insurance", name: "General liability", minCoverage: { amount: 100_000_000, currency: "USD" } },
    { type: "screening", screening: "drug", withinMonths: 6 },
    { type: "industry", industry: "HVAC" },
    { type: "country", country: "US" },
  ],
};

describe("/api/v1/requirement-sets", () => {
  it("creates, lists, reads and replaces the company's own sets, with their history", async () => {
    const admin = await client(t);
    const created = await call(t, admin, { method: "POST", url: "/api/v1/requirement-sets", payload: body });
    expect(created.statusCode, created.body).toBe(201);
    const set = created.json();
    expect(set.requirements[0]).toMatchObject({ type: "insurance", name: "General liability" });
    const url = `/api/v1/requirement-sets/${set.id}`;
    const viewer = await teammate(t, admin, "viewer");
    expect((await call(t, viewer, { method: "GET", url: "/api/v1/requirement-sets" })).json().items).toHaveLength(1);
    expect((await call(t, viewer, { method: "GET", url })).json().name).toBe("Insured HVAC techs");
    const replaced = await call(t, admin, {
      method: "PUT",
      url,
      payload: { ...body, requirements: [{ type: "skill", skill: "Ductwork" }] },
    });
    expect(replaced.statusCode, replaced.body).toBe(200);
    expect(replaced.json().requirements).toEqual([{ type: "skill", skill: "Ductwork" }]);
    expect((await eventsOf(t, set.id)).map((e) => e.action)).toEqual([
      "requirement_set.created",
      "requirement_set.updated",
    ]);
  });

  it("keeps sets to their company (404), writes to admins and managers (403), companies only", async () => {
    const admin = await client(t);
    const set = (await call(t, admin, { method: "POST", url: "/api/v1/requirement-sets", payload: body })).json();
    const other = await client(t);
    expect((await call(t, other, { method: "GET", url: `/api/v1/requirement-sets/${set.id}` })).statusCode).toBe(404);
    expect(
      (await call(t, other, { method: "PUT", url: `/api/v1/requirement-sets/${set.id}`, payload: body })).statusCode,
    ).toBe(404);
    expect((await call(t, other, { method: "GET", url: "/api/v1/requirement-sets" })).json().items).toEqual([]);
    const viewer = await teammate(t, admin, "viewer");
    expect((await call(t, viewer, { method: "POST", url: "/api/v1/requirement-sets", payload: body })).statusCode).toBe(
      403,
    );
    expect((await call(t, await worker(t), { method: "GET", url: "/api/v1/requirement-sets" })).statusCode).toBe(403);
  });

  it("refuses bad sets with a pointer per problem", async () => {
    const admin = await client(t);
    const cases: [Record<string, unknown>, string][] = [
      [{ name: "x", requirements: [] }, "/body/requirements"],
      [{ name: "x", requirements: [{ type: "karma" }] }, "/body/requirements/0/type"],
      [{ name: "x", requirements: [{ type: "distance", maxMiles: 0 }] }, "/body/requirements/0/maxMiles"],
      [{ name: "x", requirements: [{ type: "distance", maxMiles: 1001 }] }, "/body/requirements/0/maxMiles"],
      [
        { name: "x", requirements: [{ type: "screening", screening: "drug", withinMonths: 1.5 }] },
        "/body/requirements/0/withinMonths",
      ],
      [
        { name: "x", requirements: [{ type: "insurance", minCoverage: { amount: -1, currency: "USD" } }] },
        "/body/requirements/0/minCoverage/amount",
      ],
      [{ name: "", requirements: [{ type: "country", country: "US" }] }, "/body/name"],
    ];
    for (const [payload, pointer] of cases) {
      const refused = await call(t, admin, { method: "POST", url: "/api/v1/requirement-sets", payload });
      expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
      expect(refused.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
  });
});
