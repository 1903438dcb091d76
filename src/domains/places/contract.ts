import { z } from "zod";
import { CountryCode, Latitude, Longitude, Text } from "#shared/fields";

export { LocationInput } from "#shared/fields";

export const PlacesQuery = z.strictObject({
  /** The start of a city's name, accents and case ignored. */
  q: Text(100),
  country: CountryCode.optional(),
  limit: z.coerce.number().int().min(1).max(20).default(8),
});
export type PlacesQuery = z.infer<typeof PlacesQuery>;

/** One city the address form may suggest; picking it fills city, region, country and coordinates. */
export const CitySuggestion = z.object({
  city: z.string(),
  region: z.string().nullable(),
  country: CountryCode,
  latitude: Latitude,
  longitude: Longitude,
  population: z.number().int(),
  /** "Charlotte, NC, US": what a person reads in the list. */
  label: z.string(),
});
export type CitySuggestion = z.infer<typeof CitySuggestion>;

export const CitySuggestions = z.object({ items: z.array(CitySuggestion) });
export type CitySuggestions = z.infer<typeof CitySuggestions>;

/** What a route taking a `LocationInput` may answer besides validation: declare them in its `config.problems`. */
export const placeRefusals = ["place_not_found", "place_ambiguous"] as const;
