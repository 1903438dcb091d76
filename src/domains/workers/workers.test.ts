import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { call, client, eventsOf, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";
import { DEFAULT_TRAVEL_RADIUS_KM } from "./contract";
import { getWorkerHomes } from "./index";
import { workerProfiles } from "./tables";

const t = await testApp();

const getMine = (as: Session | null) => call(t, as, { method: "GET", url: "/api/v1/workers/me" });
const patch = (as: Session | null, payload: unknown) =>
  call(t, as, { method: "PATCH", url: "/api/v1/workers/me", payload: payload as Record<string, unknown> });
const profileRow = async (as: Session) =>
  (await t.db.select().from(workerProfiles).where(eq(workerProfiles.userId, as.me.id)))[0] ?? null;

const home = {
  address: "12 Rue de Rivoli",
  city: "Paris",
  region: "Île-de-France",
  postalCode: "75004",
  country: "FR",
  latitude: 48.8556,
  longitude: 2.3601,
};
const full = {
  headline: "AV technician, 8 years",
  bio: "I mount **displays** and program control systems.",
  skills: ["Projector Installation", "Crestron Programming", "crestron programming"],
  industries: ["Audio/Visual", "Digital Signage"],
  homeLocation: home,
  travelRadiusKm: 80,
  hourlyRate: { amount: 4500, currency: "EUR" },
  timeZone: "Europe/Paris",
};

describe("GET /api/v1/workers/me", () => {
  it("shows a new worker the defaults before any edit", async () => {
    const wren = await worker(t, { name: "Wren Park" });
    const response = await getMine(wren);
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      userId: wren.me.id,
      name: "Wren Park",
      headline: null,
      bio: "",
      skills: [],
      industries: [],
      homeLocation: null,
      travelRadiusKm: DEFAULT_TRAVEL_RADIUS_KM,
      hourlyRate: null,
      updatedAt: null,
    });
  });

  it("is for worker accounts only", async () => {
    expect((await getMine(null)).statusCode).toBe(401);
    expect((await getMine(await client(t))).statusCode).toBe(403);
    expect((await getMine(await staffMember(t, "escalations"))).statusCode).toBe(403);
  });
});

describe("PATCH /api/v1/workers/me", () => {
  it("saves the whole profile, drops duplicate skills and records the change", async () => {
    const wren = await worker(t);
    const response = await patch(wren, full);
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ ...full, skills: ["Projector Installation", "Crestron Programming"] });
    expect((await getMine(wren)).json()).toEqual(body);
    const events = await eventsOf(t, wren.me.id);
    const updated = events.filter((e) => e.action === "worker_profile.updated");
    expect(updated).toHaveLength(1);
    expect(updated[0]).toMatchObject({ subjectType: "worker_profile", actorId: wren.me.id });
    expect(updated[0]?.data).toMatchObject({ before: { homeLocation: null }, after: { homeLocation: home } });
  });

  it("changes only what is sent, can clear the home and rate, and records nothing for a no-op", async () => {
    const wren = await worker(t);
    await patch(wren, full);
    const cleared = await patch(wren, { homeLocation: null, hourlyRate: null });
    expect(cleared.json()).toMatchObject({ homeLocation: null, hourlyRate: null, headline: full.headline });
    const count = (await eventsOf(t, wren.me.id)).length;
    expect((await patch(wren, { headline: full.headline })).statusCode).toBe(200);
    expect((await eventsOf(t, wren.me.id)).length).toBe(count);
  });

  it("keeps an hourly rate at the largest safe amount exact on both database drivers", async () => {
    const wren = await worker(t);
    const hourlyRate = { amount: Number.MAX_SAFE_INTEGER, currency: "USD" };
    expect((await patch(wren, { hourlyRate })).json().hourlyRate).toEqual(hourlyRate);
    expect((await getMine(wren)).json().hourlyRate).toEqual(hourlyRate);
    const tooLarge = await patch(wren, { hourlyRate: { amount: Number.MAX_SAFE_INTEGER + 2, currency: "USD" } });
    expect(tooLarge.statusCode).toBe(400);
  });

  it("refuses clients, staff and logged-out callers, writing nothing", async () => {
    for (const [as, status] of [
      [null, 401],
      [await client(t), 403],
      [await staffMember(t, "trust_safety"), 403],
    ] as const) {
      const response = await patch(as, { headline: "Intruder" });
      expect(response.statusCode).toBe(status);
      if (as) {
        expect(await profileRow(as)).toBeNull();
      }
    }
  });

  it("reports bad values with pointers and writes nothing", async () => {
    const wren = await worker(t);
    const bad: [Record<string, unknown>, string][] = [
      [{ travelRadiusKm: 1001 }, "/body/travelRadiusKm"],
      [{ travelRadiusKm: -5 }, "/body/travelRadiusKm"],
      [{ travelRadiusKm: 10.5 }, "/body/travelRadiusKm"],
      [{ skills: Array.from({ length: 51 }, (_, i) => `Skill ${i}`) }, "/body/skills"],
      [{ skills: ["x".repeat(61)] }, "/body/skills/0"],
      [{ skills: [""] }, "/body/skills/0"],
      [{ industries: ["Space Mining"] }, "/body/industries/0"],
      [{ homeLocation: { ...home, latitude: -90.5 } }, "/body/homeLocation/latitude"],
      [{ homeLocation: { ...home, longitude: 200 } }, "/body/homeLocation/longitude"],
      [{ homeLocation: { ...home, extra: 1 } }, "/body/homeLocation"],
      [{ hourlyRate: { amount: -1, currency: "EUR" } }, "/body/hourlyRate/amount"],
      [{ hourlyRate: { amount: 10.5, currency: "EUR" } }, "/body/hourlyRate/amount"],
      [{ hourlyRate: { amount: 1000, currency: "DOGE" } }, "/body/hourlyRate/currency"],
      [{ timeZone: "Europe/Atlantis" }, "/body/timeZone"],
      [{ headline: "line\u0000break" }, "/body/headline"],
      [{ headline: "ok", rating: 5 }, "/body"],
    ];
    for (const [payload, pointer] of bad) {
      const response = await patch(wren, payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    expect((await patch(wren, {})).statusCode).toBe(400);
    expect(await profileRow(wren)).toBeNull();
  });
});

describe("GET /api/v1/workers/{id}", () => {
  it("shows anyone the public profile without the address or coordinates", async () => {
    const wren = await worker(t, { name: "Wren Public" });
    await patch(wren, full);
    const response = await call(t, null, { method: "GET", url: `/api/v1/workers/${wren.me.id}` });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ id: wren.me.id, name: "Wren Public", travelRadiusKm: 80 });
    expect(body.location).toEqual({ city: "Paris", region: "Île-de-France", country: "FR" });
    const text = JSON.stringify(body);
    for (const secret of ["Rivoli", "75004", "48.8556", "2.3601", "homeLocation"]) {
      expect(text).not.toContain(secret);
    }
  });

  it("answers 404 for an unknown id and for accounts that are not workers", async () => {
    const casey = await client(t);
    for (const id of ["00000000-0000-4000-8000-000000000000", casey.me.id]) {
      const response = await call(t, null, { method: "GET", url: `/api/v1/workers/${id}` });
      expect(response.statusCode).toBe(404);
    }
    expect((await call(t, null, { method: "GET", url: "/api/v1/workers/123" })).statusCode).toBe(400);
  });
});

describe("getWorkerHomes", () => {
  it("gives coordinates and travel radius of workers who have a home", async () => {
    const [a, b] = [await worker(t), await worker(t)];
    await patch(a, { homeLocation: home, travelRadiusKm: 25 });
    const homes = await getWorkerHomes(t.db, [a.me.id, b.me.id]);
    expect([...homes.entries()]).toEqual([[a.me.id, { latitude: 48.8556, longitude: 2.3601, travelRadiusKm: 25 }]]);
    expect((await getWorkerHomes(t.db, [])).size).toBe(0);
  });
});
