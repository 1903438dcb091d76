import { describe, expect, it } from "vitest";
import { cities } from "#shared/cities";
import { demoSites } from "./demo-sites";

const city = (name: string) => cities.find((c) => c.name === name) ?? cities[0];
const around = (name: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `${name}-${i}`,
    latitude: (city(name)?.latitude ?? 0) + i * 0.01,
    longitude: city(name)?.longitude ?? 0,
  }));

describe("demoSites", () => {
  it("spreads a company's work over the cities of its currency where workers live, nearest first", () => {
    const workers = [
      ...around("Charlotte", 4),
      ...around("Raleigh", 3),
      ...around("Atlanta", 2),
      ...around("Toronto", 5),
    ];
    const sites = demoSites(city("Charlotte") ?? { latitude: 0, longitude: 0 }, workers);
    // Atlanta has too few workers; Toronto is paid in another currency.
    expect(sites.map((s) => s.site.city)).toEqual(["Charlotte", "Raleigh"]);
    expect(sites[0]?.workers[0]?.id).toBe("Charlotte-0");
    expect(sites[1]?.site).toMatchObject({
      region: "NC",
      country: "US",
      timeZone: "America/New_York",
      currency: "USD",
    });
  });

  it("finds no site when no city has three workers (a small demo works at the headquarters)", () => {
    expect(demoSites(city("Charlotte") ?? { latitude: 0, longitude: 0 }, around("Charlotte", 2))).toEqual([]);
  });
});
