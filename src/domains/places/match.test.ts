import { describe, expect, it } from "vitest";
import { indexCities, matchAddress, readAddress, searchCities, type WorldCity } from "./match";

const city = (name: string, country: string, region: string | null, population: number, lat = 0, lon = 0) =>
  ({ name, country, region, population, latitude: lat, longitude: lon }) satisfies WorldCity;
const index = indexCities([
  city("Charlotte", "US", "NC", 827_097, 35.2, -80.8),
  city("Charlotte", "US", "TN", 1_506, 36.2, -87.3),
  city("Barcelona", "ES", "CT", 1_620_343, 41.4, 2.2),
  city("Barcelona", "VE", null, 424_795, 10.1, -64.7),
  city("Springfield", "US", "MO", 166_810, 37.2, -93.3),
  city("Springfield", "US", "MA", 154_341, 42.1, -72.6),
]);
const countries: Record<string, string> = { spain: "ES", "united states": "US", usa: "US" };
const countryOf = (name: string) => countries[name.toLowerCase()] ?? null;
const parts = (address: string, more: Partial<{ city: string; country: string; region: string }> = {}) => ({
  address,
  city: more.city ?? null,
  region: more.region ?? null,
  country: more.country ?? null,
});

describe("reading an address", () => {
  it("takes the country, the region and the city from the end, postal codes and numbers aside", () => {
    expect(readAddress(parts("12 Main St, Charlotte, NC 28202, USA"), countryOf)).toEqual({
      names: ["Charlotte", "Main St"],
      country: "US",
      region: "NC",
    });
    expect(readAddress(parts("Main St 4, Charlotte NC"), countryOf).names).toEqual([
      "Charlotte",
      "Charlotte NC",
      "Main St",
    ]);
  });
});

describe("matching a city", () => {
  it("takes a city ten times larger than any other of its name, else asks", () => {
    expect(matchAddress(index, parts("Charlotte"), countryOf)).toMatchObject({ kind: "found", city: { region: "NC" } });
    expect(matchAddress(index, parts("Barcelona"), countryOf)).toMatchObject({ kind: "ambiguous", name: "Barcelona" });
    expect(matchAddress(index, parts("Springfield"), countryOf).kind).toBe("ambiguous");
    expect(matchAddress(index, parts("Springfield, MA"), countryOf)).toMatchObject({ city: { region: "MA" } });
    expect(matchAddress(index, parts("Barcelona, Spain"), countryOf)).toMatchObject({ city: { country: "ES" } });
    expect(matchAddress(index, parts("", { city: "barcelona", country: "VE" }), countryOf)).toMatchObject({
      city: { country: "VE" },
    });
    expect(matchAddress(index, parts("1 Nowhere Lane, Xqzzyville"), countryOf)).toEqual({
      kind: "not_found",
      tried: ["Xqzzyville", "Nowhere Lane"],
    });
  });

  it("suggests by the start of the name, one country when asked", () => {
    expect(searchCities(index, "bar", null, 5).map((c) => c.country)).toEqual(["ES", "VE"]);
    expect(searchCities(index, "BAR", "VE", 5).map((c) => c.country)).toEqual(["VE"]);
    expect(searchCities(index, "  ", null, 5)).toEqual([]);
  });
});
