/**
 * Where a demo company's work happens (issue 9): in the cities where the demo workers live, not all in the city of
 * its headquarters. Pure: demo.ts plays the stories there.
 */
import { type City, cities } from "#shared/cities";
import type { Site } from "./demo-plans";
import { distanceKm } from "./schedule";

interface Point {
  latitude: number;
  longitude: number;
}

/**
 * The stories of the company's home site, where the worker the demo prints lives (the nearest one): an invitation
 * to answer, work today, work waiting for approval, work assigned and approved. The rest spread over the other sites.
 */
export const homeStories = new Set([
  "draft",
  "draft, thin",
  "sent",
  "applications",
  "assigned",
  "in progress",
  "submitted",
  "approved",
]);

export const siteAt = (c: City): Site => ({
  city: c.name,
  region: c.region,
  country: c.country,
  latitude: c.latitude,
  longitude: c.longitude,
  timeZone: c.timeZone,
  currency: c.currency,
});

/**
 * Up to `max` cities of the shared list, paid in the currency of the headquarters' city, where at least three demo
 * workers live (within 40 km), nearest the headquarters first; each with its ten nearest workers. Empty when no city
 * qualifies (a small demo): the caller then works at the headquarters.
 */
export function demoSites<W extends Point>(hq: Point, workers: W[], max = 4): { site: Site; workers: W[] }[] {
  const home = [...cities].sort((a, b) => distanceKm(hq, a) - distanceKm(hq, b))[0];
  return cities
    .filter((c) => c.currency === home?.currency)
    .filter((c) => workers.filter((w) => distanceKm(c, w) < 40).length >= 3)
    .sort((a, b) => distanceKm(hq, a) - distanceKm(hq, b))
    .slice(0, max)
    .map((c) => ({
      site: siteAt(c),
      workers: [...workers].sort((a, b) => distanceKm(c, a) - distanceKm(c, b)).slice(0, 10),
    }));
}
