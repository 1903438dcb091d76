import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { companies } from "#domains/accounts/tables";
import { call, client, eventsOf, type Session, staffMember, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";
import { defaultCompanySettings } from "./contract";
import { getCompanySettings } from "./index";
import { companyProfiles } from "./tables";

const t = await testApp();

const getMine = (as: Session | null) => call(t, as, { method: "GET", url: "/api/v1/companies/me" });
const patch = (as: Session | null, payload: unknown, url = "/api/v1/companies/me") =>
  call(t, as, { method: "PATCH", url, payload: payload as Record<string, unknown> });
const patchSettings = (as: Session | null, payload: unknown) => patch(as, payload, "/api/v1/companies/me/settings");
const companyId = (as: Session) => as.me.company?.id ?? "";
const profileRow = async (as: Session) =>
  (
    await t.db
      .select()
      .from(companyProfiles)
      .where(eq(companyProfiles.companyId, companyId(as)))
  )[0] ?? null;

const hq = {
  address: "233 S Wacker Dr",
  city: "Chicago",
  region: "IL",
  postalCode: "60606",
  country: "US",
  latitude: 41.8789,
  longitude: -87.6359,
};

describe("GET /api/v1/companies/me", () => {
  it("shows a new company with the default settings and the admin's actions", async () => {
    const casey = await client(t, { companyName: "Northwind Field Services" });
    const response = await getMine(casey);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      id: companyId(casey),
      name: "Northwind Field Services",
      about: "",
      industry: null,
      headquarters: null,
      settings: defaultCompanySettings,
      paymentSettings: { securedFunds: false },
      actions: ["update", "update_settings", "update_payment_settings"],
    });
    expect(await profileRow(casey)).toBeNull();
  });

  it("shows a viewer the company without any actions", async () => {
    const viewer = await teammate(t, await client(t), "viewer");
    expect((await getMine(viewer)).json().actions).toEqual([]);
  });

  it("is for client accounts only", async () => {
    expect((await getMine(null)).statusCode).toBe(401);
    expect((await getMine(await worker(t))).statusCode).toBe(403);
    expect((await getMine(await staffMember(t, "escalations"))).statusCode).toBe(403);
  });
});

describe("PATCH /api/v1/companies/me", () => {
  it("lets an admin rename the company and edit its profile, recording both changes", async () => {
    const casey = await client(t, { companyName: "Old Name" });
    const response = await patch(casey, {
      name: "New Name",
      about: "We install **point of sale** systems.",
      industry: "Point of Sale",
      website: "https://pos.example",
      headquarters: hq,
      timeZone: "America/Chicago",
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: "New Name", industry: "Point of Sale", headquarters: hq });
    const history = (await eventsOf(t, companyId(casey))).map((e) => [e.action, e.actorId, e.data]);
    expect(history).toContainEqual(["company.renamed", casey.me.id, { before: "Old Name", after: "New Name" }]);
    const profile = history.find(([action]) => action === "company.profile_updated");
    expect(profile?.[2]).toMatchObject({
      before: { industry: null },
      after: { industry: "Point of Sale", headquarters: hq },
    });
  });

  it("records nothing when nothing changes", async () => {
    const casey = await client(t, { companyName: "Same Co" });
    await patch(casey, { about: "Same.", name: "Same Co" });
    const before = (await eventsOf(t, companyId(casey))).length;
    expect((await patch(casey, { about: "Same.", name: "Same Co" })).statusCode).toBe(200);
    expect((await eventsOf(t, companyId(casey))).length).toBe(before);
  });

  it("refuses managers, finance, viewers, workers and logged-out callers, changing nothing", async () => {
    const casey = await client(t, { companyName: "Guarded Co" });
    const cases: [Session | null, number][] = [
      [null, 401],
      [await worker(t), 403],
      [await teammate(t, casey, "manager"), 403],
      [await teammate(t, casey, "finance"), 403],
      [await teammate(t, casey, "viewer"), 403],
    ];
    const eventsBefore = (await eventsOf(t, companyId(casey))).length;
    for (const [as, status] of cases) {
      const response = await patch(as, { name: "Taken Over", about: "Hijacked" });
      expect(response.statusCode).toBe(status);
    }
    const [company] = await t.db
      .select()
      .from(companies)
      .where(eq(companies.id, companyId(casey)));
    expect(company?.name).toBe("Guarded Co");
    expect(await profileRow(casey)).toBeNull();
    expect((await eventsOf(t, companyId(casey))).length).toBe(eventsBefore);
  });

  it("changes only the admin's own company", async () => {
    const casey = await client(t, { companyName: "Casey Co" });
    const other = await client(t, { companyName: "Other Co" });
    await patch(other, { name: "Other Co Renamed" });
    expect((await getMine(casey)).json().name).toBe("Casey Co");
  });

  it("reports bad values with pointers and writes nothing", async () => {
    const casey = await client(t);
    const bad: [Record<string, unknown>, string][] = [
      [{ timeZone: "Mars/Olympus" }, "/body/timeZone"],
      [{ headquarters: { ...hq, latitude: 91 } }, "/body/headquarters/latitude"],
      [{ headquarters: { ...hq, longitude: -181 } }, "/body/headquarters/longitude"],
      [{ headquarters: { ...hq, country: "usa" } }, "/body/headquarters/country"],
      [{ website: "javascript:alert(1)" }, "/body/website"],
      [{ industry: "Space Mining" }, "/body/industry"],
      [{ name: "x".repeat(121) }, "/body/name"],
      [{ about: "x".repeat(10_001) }, "/body/about"],
      [{ name: "Fine", owner: "me" }, "/body"],
    ];
    for (const [payload, pointer] of bad) {
      const response = await patch(casey, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await patch(casey, {})).statusCode).toBe(400);
    expect(await profileRow(casey)).toBeNull();
  });
});

describe("PATCH /api/v1/companies/me/settings", () => {
  it("lets an admin change the settings the assignments domain reads, recording before and after", async () => {
    const casey = await client(t);
    const change = { paymentTermsDays: 45, autoApprovalHours: 48, confirmationHoursBeforeStart: null };
    const response = await patchSettings(casey, change);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().settings).toEqual({ ...defaultCompanySettings, ...change });
    expect(await getCompanySettings(t.db, companyId(casey))).toEqual({ ...defaultCompanySettings, ...change });
    const event = (await eventsOf(t, companyId(casey))).find((e) => e.action === "company.settings_updated");
    expect(event?.data).toEqual({
      before: { paymentTermsDays: 30, autoApprovalHours: 72, confirmationHoursBeforeStart: 24 },
      after: change,
    });
  });

  it("keeps every setting within its bounds", async () => {
    const casey = await client(t);
    const bad = [
      { paymentTermsDays: 121 },
      { paymentTermsDays: -1 },
      { paymentTermsDays: 2.5 },
      { autoApprovalHours: 0 },
      { lateCancellationFeePercent: 101 },
      { confirmationHoursBeforeStart: 0 },
      { defaultCurrency: "XYZ" },
      { paymentTermsDays: "30" },
      { paymentTermsDays: 30, secret: true },
      {},
    ];
    for (const payload of bad) {
      const response = await patchSettings(casey, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().code).toBe("validation_failed");
    }
    expect(await profileRow(casey)).toBeNull();
  });

  it("is for admins only", async () => {
    const casey = await client(t);
    for (const role of ["manager", "finance", "viewer"] as const) {
      const response = await patchSettings(await teammate(t, casey, role), { paymentTermsDays: 0 });
      expect(response.statusCode).toBe(403);
    }
    expect((await patchSettings(await worker(t), { paymentTermsDays: 0 })).statusCode).toBe(403);
    expect((await patchSettings(null, { paymentTermsDays: 0 })).statusCode).toBe(401);
    expect(await getCompanySettings(t.db, companyId(casey))).toEqual(defaultCompanySettings);
  });
});

describe("GET /api/v1/companies/{id}", () => {
  it("shows anyone the public profile, with the headquarters' city only", async () => {
    const casey = await client(t, { companyName: "Public Co" });
    await patch(casey, { headquarters: hq, industry: "HVAC", timeZone: "America/Chicago" });
    const response = await call(t, null, { method: "GET", url: `/api/v1/companies/${companyId(casey)}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ name: "Public Co", industry: "HVAC", timeZone: "America/Chicago" });
    expect(body.headquarters).toEqual({ city: "Chicago", region: "IL", country: "US" });
    expect(JSON.stringify(body)).not.toContain("Wacker");
    expect(body.settings).toBeUndefined();
  });

  it("answers 404 for an unknown company and 400 for a malformed id", async () => {
    const unknown = await call(t, null, {
      method: "GET",
      url: "/api/v1/companies/00000000-0000-4000-8000-000000000000",
    });
    expect(unknown.statusCode).toBe(404);
    expect((await call(t, null, { method: "GET", url: "/api/v1/companies/nope" })).statusCode).toBe(400);
    await expect(getCompanySettings(t.db, "00000000-0000-4000-8000-000000000000")).rejects.toMatchObject({
      code: "not_found",
    });
  });
});
