import { z } from "zod";
import { CountryCode, Latitude, Longitude, Text } from "#shared/fields";

/**
 * A site or home location as a client sends it: a free address, optionally with a city picked from the suggestions
 * (`GET /places`). The server geocodes it from an offline data set of the world's cities (population 1,000 and
 * more); latitude and longitude are optional and, when given, win. What is stored and answered is a full `Location`.
 */
export const LocationInput = z
  .strictObject({
    /** Street, number and anything else; may also name the city ("12 Main St, Charlotte, NC 28202"). */
    address: Text(200).nullable().default(null),
    /** The city, as picked from the suggestions or typed; without it the city is read from the address. */
    city: Text(100).nullable().default(null),
    region: Text(100).nullable().default(null),
    postalCode: Text(20).nullable().default(null),
    /** Narrows the city search: "Barcelona" alone is ambiguous, with `ES` it is not. */
    country: CountryCode.nullable().default(null),
    latitude: Latitude.nullable().default(null),
    longitude: Longitude.nullable().default(null),
  })
  .superRefine((value, ctx) => {
    if (value.address === null && value.city === null) {
      ctx.addIssue({ code: "custom", path: ["address"], message: "Give an address or a city." });
    }
    if ((value.latitude === null) !== (value.longitude === null)) {
      const path = [value.latitude === null ? "latitude" : "longitude"];
      ctx.addIssue({ code: "custom", path, message: "Give both latitude and longitude, or neither." });
    }
  });
export type LocationInput = z.input<typeof LocationInput>;

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
