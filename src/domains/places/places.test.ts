import { describe, expect, it } from "vitest";
import { assignmentBody, call, postingClient, type Session, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const setHome = (as: Session, homeLocation: unknown) =>
  call(t, as, { method: "PATCH", url: "/api/v1/workers/me", payload: { homeLocation } });
const createAt = (as: Session, location: unknown) =>
  call(t, as, { method: "POST", url: "/api/v1/assignments", payload: assignmentBody(t, { location }) });

describe("a location given as an address", () => {
  it("geocodes an address alone from the world's cities (home location)", async () => {
    const ana = await worker(t);
    const response = await setHome(ana, { address: "Carrer de Mallorca 401, 08013 Barcelona, Spain" });
    expect(response.statusCode, response.body).toBe(200);
    const home = response.json().homeLocation;
    expect(home).toMatchObject({ address: "Carrer de Mallorca 401, 08013 Barcelona, Spain", city: "Barcelona" });
    expect(home.country).toBe("ES");
    expect(home.latitude).toBeCloseTo(41.39, 1);
    expect(home.longitude).toBeCloseTo(2.17, 1);
  });

  it("geocodes an assignment's site address alone, reading city and state from it", async () => {
    const casey = await postingClient(t);
    const response = await createAt(casey, { address: "500 Congress Ave, Austin, TX 78701" });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().location).toMatchObject({
      address: "500 Congress Ave, Austin, TX 78701",
      city: "Austin",
      region: "TX",
      country: "US",
      postalCode: null,
    });
    expect(response.json().location.latitude).toBeCloseTo(30.27, 1);
  });

  it("keeps the coordinates given with an address: they win over the city's centre", async () => {
    const casey = await postingClient(t);
    const response = await createAt(casey, {
      address: "1 Airport Blvd, Austin, TX",
      latitude: 30.1945,
      longitude: -97.6699,
    });
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json().location).toMatchObject({
      city: "Austin",
      country: "US",
      latitude: 30.1945,
      longitude: -97.6699,
    });
  });

  it("names the nearest city when only coordinates and a street are given", async () => {
    const ana = await worker(t);
    const response = await setHome(ana, { address: "Rue de Rivoli 99", latitude: 48.8606, longitude: 2.3376 });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().homeLocation).toMatchObject({ city: "Paris", country: "FR", latitude: 48.8606 });
  });

  it("refuses a place it cannot find, with a code and a sentence pointing at the address", async () => {
    const ana = await worker(t);
    const response = await setHome(ana, { address: "1 Nowhere Lane, Xqzzyville" });
    expect(response.statusCode).toBe(422);
    const problem = response.json();
    expect(problem.code).toBe("place_not_found");
    expect(problem.detail).toContain("We could not find a city in “1 Nowhere Lane, Xqzzyville”");
    expect(problem.errors).toEqual([{ pointer: "/body/homeLocation/address", message: problem.detail }]);
    expect((await call(t, ana, { method: "GET", url: "/api/v1/workers/me" })).json().homeLocation).toBeNull();
  });

  it("asks for a country when several cities share the name, and resolves it with one", async () => {
    const casey = await postingClient(t);
    const ambiguous = await createAt(casey, { city: "Barcelona" });
    expect(ambiguous.statusCode).toBe(422);
    expect(ambiguous.json()).toMatchObject({ code: "place_ambiguous" });
    expect(ambiguous.json().detail).toMatch(/Barcelona, .*ES.*Barcelona, .*VE|Barcelona, .*VE.*Barcelona, .*ES/);
    expect(ambiguous.json().errors[0].pointer).toBe("/body/location/city");

    const spain = await createAt(casey, { city: "Barcelona", country: "ES", address: "Passeig de Gràcia 43" });
    expect(spain.statusCode, spain.body).toBe(201);
    expect(spain.json().location).toMatchObject({ city: "Barcelona", country: "ES" });
    expect(spain.json().location.longitude).toBeCloseTo(2.17, 1);
    const venezuela = await createAt(casey, { city: "Barcelona", country: "VE" });
    expect(venezuela.json().location.longitude).toBeCloseTo(-64.7, 0);
  });

  it("reads a city past accents and case, and a one-sided pair of coordinates is a 400", async () => {
    const ana = await worker(t);
    const zurich = await setHome(ana, { city: "zurich" });
    expect(zurich.json().homeLocation).toMatchObject({ city: "Zurich", country: "CH" });
    const half = await setHome(ana, { city: "Zurich", latitude: 47.37 });
    expect(half.statusCode).toBe(400);
    expect(half.json().errors).toEqual([
      { pointer: "/body/homeLocation/longitude", message: "Give both latitude and longitude, or neither." },
    ]);
  });
});

describe("the CSV import", () => {
  it("geocodes a row's address without coordinates and refuses a row whose place is unknown, line by line", async () => {
    const casey = await postingClient(t);
    const starts = new Date(t.clock.now().getTime() + 72 * 3_600_000).toISOString();
    const row = (title: string, address: string) =>
      `${title},onsite,"${address}",America/Chicago,${starts},flat,150,USD`;
    const response = await call(t, casey, {
      method: "POST",
      url: "/api/v1/assignment-templates/import",
      headers: { "content-type": "text/csv" },
      payload: [
        "title,location_type,address,time_zone,starts_at,pricing_type,amount,currency",
        row("Lobby screens", "500 Congress Ave, Austin, TX 78701"),
        row("Nowhere job", "1 Nowhere Lane, Xqzzyville"),
        "",
      ].join("\r\n"),
    });
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report.created).toHaveLength(1);
    expect(report.refused).toEqual([
      { line: 3, errors: [{ column: null, message: expect.stringContaining("We could not find a city") }] },
    ]);
    const created = await call(t, casey, {
      method: "GET",
      url: `/api/v1/assignments/${report.created[0].assignmentId}`,
    });
    expect(created.json().location).toMatchObject({ city: "Austin", region: "TX", country: "US" });
  });
});

describe("GET /api/v1/places", () => {
  it("suggests the cities whose name starts with what was typed, largest first", async () => {
    const ana = await worker(t);
    const response = await call(t, ana, { method: "GET", url: "/api/v1/places?q=charl&limit=3" });
    expect(response.statusCode, response.body).toBe(200);
    const [first] = response.json().items;
    expect(first).toMatchObject({ city: "Charlotte", region: "NC", country: "US", label: "Charlotte, NC, US" });
    expect(response.json().items).toHaveLength(3);
  });

  it("keeps to one country when asked, ignoring accents", async () => {
    const casey = await postingClient(t);
    const response = await call(t, casey, { method: "GET", url: "/api/v1/places?q=montre&country=CA&limit=2" });
    expect(response.json().items.map((c: { city: string }) => c.city)).toContain("Montreal");
    expect(response.json().items.every((c: { country: string }) => c.country === "CA")).toBe(true);
  });

  it("is for signed-in people", async () => {
    expect((await call(t, null, { method: "GET", url: "/api/v1/places?q=par" })).statusCode).toBe(401);
  });
});
