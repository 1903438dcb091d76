import type { z } from "zod";
import type { Location } from "#shared/fields";
import { Problem } from "#shared/problems";
import type { LocationInput } from "./contract";
import { distanceKm, labelOf, matchAddress, nearestCity, type WorldCity } from "./match";
import { countryCodeOf, worldCities } from "./world-cities";

export type LocationDraft = z.output<typeof LocationInput>;

const located = (draft: LocationDraft, city: WorldCity, point: { latitude: number; longitude: number }) => ({
  address: draft.address,
  city: draft.city ?? city.name,
  region: draft.region ?? city.region,
  postalCode: draft.postalCode,
  country: draft.country ?? city.country,
  latitude: point.latitude,
  longitude: point.longitude,
});

/**
 * A client's location as stored: coordinates given win (the city, when not named, is the address's city if it lies
 * within 50 km, else the nearest one); otherwise the city named, or read from the address, is geocoded. A place that
 * is not found, or that several cities could be, is a 422 pointing at the field to fix (`pointer`: `/body/location`).
 */
export function resolveLocation(draft: LocationDraft, pointer: string): Location {
  const { latitude, longitude, city, country } = draft;
  if (latitude !== null && longitude !== null && city !== null && country !== null) {
    // Nothing to look up: the data set is not even loaded.
    return { ...draft, latitude, longitude, city, country };
  }
  const index = worldCities();
  const match = matchAddress(index, draft, countryCodeOf);
  const field = `${pointer}/${draft.city === null ? "address" : "city"}`;
  if (draft.latitude !== null && draft.longitude !== null) {
    const point = { latitude: draft.latitude, longitude: draft.longitude };
    const named = match.kind === "found" && distanceKm(match.city, point) < 50 ? match.city : null;
    const near = named ?? nearestCity(index, point);
    if (!near) {
      throw new Problem("place_not_found", "No city is known near these coordinates.", {}, [
        { pointer: field, message: "Name the city." },
      ]);
    }
    return located(draft, near, point);
  }
  if (match.kind === "found") {
    return located({ ...draft, city: null }, match.city, match.city);
  }
  if (match.kind === "ambiguous") {
    const options = match.candidates.map(labelOf).join("; ");
    const message = `“${match.name}” could be several places (${options}). Add the country, or pick one from the suggestions.`;
    throw new Problem("place_ambiguous", message, { candidates: match.candidates.map(labelOf) }, [
      { pointer: field, message },
    ]);
  }
  const what = draft.city ?? draft.address ?? "";
  const message = `We could not find a city in “${what}”. Check the spelling, pick a city from the suggestions, or give the latitude and longitude.`;
  throw new Problem("place_not_found", message, {}, [{ pointer: field, message }]);
}

/** `resolveLocation` for an optional field: undefined (not sent) and null (cleared) pass through. */
export function resolveOptionalLocation<T extends LocationDraft | null | undefined>(
  draft: T,
  pointer: string,
): Location | Exclude<T, LocationDraft> {
  return (draft ? resolveLocation(draft, pointer) : draft) as Location | Exclude<T, LocationDraft>;
}
