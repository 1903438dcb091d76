/**
 * Finding a city by name in the world's cities: pure, over an index built once (world-cities.ts loads the data).
 * A free address (or a typed city) is read from its end ("12 Main St, Charlotte, NC 28202": the country, then the region, then the
 * city); a name several cities share resolves only when one of them is at least ten times as large as the next, so
 * "Paris" is Paris, France, while "Barcelona" (Spain or Venezuela) asks for a country.
 */

export interface WorldCity {
  name: string;
  /** A short region code people write (US states "NC", "ZH"); null where GeoNames only has a number. */
  region: string | null;
  /** ISO 3166-1 alpha-2. */
  country: string;
  latitude: number;
  longitude: number;
  population: number;
}

export interface CityIndex {
  byKey: Map<string, WorldCity[]>;
  /** Largest first: suggestions stop at the first few that match. */
  byPopulation: WorldCity[];
  /** `normalise(byPopulation[i].name)`, computed once (a search reads up to 135,000 of them). */
  keys: string[];
}

export type Match =
  | { kind: "found"; city: WorldCity }
  | { kind: "ambiguous"; name: string; candidates: WorldCity[] }
  | { kind: "not_found"; tried: string[] };

export interface AddressParts {
  address: string | null;
  city: string | null;
  region: string | null;
  country: string | null;
}

/** Case, accents and punctuation ignored: "Zurich" finds "Zürich", "st louis" finds "St. Louis". */
export const normalise = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();

export function indexCities(cities: WorldCity[]): CityIndex {
  const keyed = cities.map((city) => ({ city, key: normalise(city.name) }));
  const byKey = new Map<string, WorldCity[]>();
  for (const { city, key } of keyed) {
    const list = byKey.get(key);
    if (list) {
      list.push(city);
    } else {
      byKey.set(key, [city]);
    }
  }
  keyed.sort((a, b) => b.city.population - a.city.population);
  return { byKey, byPopulation: keyed.map((k) => k.city), keys: keyed.map((k) => k.key) };
}

export function distanceKm(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }) {
  const rad = Math.PI / 180;
  const dLat = (b.latitude - a.latitude) * rad;
  const dLon = (b.longitude - a.longitude) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.latitude * rad) * Math.cos(b.latitude * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** One entry per place: entries of one country within 30 km of a larger one are the same city twice. */
export function distinctPlaces(cities: WorldCity[]): WorldCity[] {
  const kept: WorldCity[] = [];
  for (const city of [...cities].sort((a, b) => b.population - a.population)) {
    if (!kept.some((k) => k.country === city.country && distanceKm(k, city) < 30)) {
      kept.push(city);
    }
  }
  return kept;
}

export function nearestCity(index: CityIndex, point: { latitude: number; longitude: number }): WorldCity | null {
  let best: WorldCity | null = null;
  let bestKm = Number.POSITIVE_INFINITY;
  for (const city of index.byPopulation) {
    // Cheap filter first: a degree of latitude is 111 km, so farther rows cannot beat the best so far.
    if (Math.abs(city.latitude - point.latitude) * 111 > bestKm) {
      continue;
    }
    const km = distanceKm(point, city);
    if (km < bestKm) {
      best = city;
      bestKm = km;
    }
  }
  return best;
}

/** Cities whose name starts with `query`, largest first, one entry per place. */
export function searchCities(index: CityIndex, query: string, country: string | null, limit: number): WorldCity[] {
  const prefix = normalise(query);
  if (prefix === "") {
    return [];
  }
  const found: WorldCity[] = [];
  for (const [i, city] of index.byPopulation.entries()) {
    if ((country === null || city.country === country) && index.keys[i]?.startsWith(prefix)) {
      if (!found.some((k) => k.country === city.country && distanceKm(k, city) < 30)) {
        found.push(city);
      }
      if (found.length === limit) {
        break;
      }
    }
  }
  return found;
}

const regionCode = /^[A-Z]{2,3}$/;

/** The names to try (nearest the end first) and the country and region hints an address carries. */
export function readAddress(parts: AddressParts, countryCodeOf: (name: string) => string | null) {
  let { country, region } = parts;
  const names: string[] = parts.city === null ? [] : [parts.city];
  // A city typed as its suggestion reads ("Charlotte, NC, US") is read like an address; without one, the address is.
  const segments = (parts.city ?? parts.address ?? "").split(/[,;\n]/).map((segment) => segment.trim());
  for (const segment of segments.reverse()) {
    const words = segment.split(/\s+/).filter((word) => word !== "" && !/\d/.test(word));
    const text = words.join(" ");
    const code = text === "" ? null : countryCodeOf(text);
    if (text === "") {
    } else if (code) {
      country ??= code;
    } else if (regionCode.test(text)) {
      region ??= text;
    } else {
      const last = words.at(-1) ?? "";
      if (words.length > 1 && regionCode.test(last)) {
        region ??= last;
        names.push(words.slice(0, -1).join(" "));
      }
      names.push(text);
    }
  }
  return { names, country, region };
}

function narrow(cities: WorldCity[], country: string | null, region: string | null): WorldCity[] {
  const inCountry = country === null ? cities : cities.filter((c) => c.country === country);
  if (region === null) {
    return inCountry;
  }
  const wanted = region.toUpperCase();
  const inRegion = inCountry.filter((c) => c.region?.toUpperCase() === wanted);
  if (inRegion.length > 0) {
    return inRegion;
  }
  // "Paris, FR": a two-letter code that is no region of these cities may be their country.
  const byCode = country === null ? inCountry.filter((c) => c.country === wanted) : [];
  return byCode.length > 0 ? byCode : inCountry;
}

export function matchAddress(
  index: CityIndex,
  parts: AddressParts,
  countryCodeOf: (name: string) => string | null,
): Match {
  const { names, country, region } = readAddress(parts, countryCodeOf);
  for (const name of names) {
    const candidates = distinctPlaces(narrow(index.byKey.get(normalise(name)) ?? [], country, region));
    const [first, second] = candidates;
    if (!first) {
      continue;
    }
    if (!second || first.population >= 10 * second.population) {
      return { kind: "found", city: first };
    }
    return { kind: "ambiguous", name, candidates: candidates.slice(0, 5) };
  }
  return { kind: "not_found", tried: names };
}

export const labelOf = (city: Pick<WorldCity, "name" | "region" | "country">) =>
  [city.name, city.region, city.country].filter(Boolean).join(", ");
