import type { Ctx } from "#platform/context";
import type { CitySuggestions, PlacesQuery } from "./contract";
import { labelOf, searchCities } from "./match";
import { worldCities } from "./world-cities";

/** The cities whose name starts with what the person typed, largest first (the address forms' suggestions). */
export function suggestPlaces(_ctx: Ctx, query: PlacesQuery): CitySuggestions {
  const found = searchCities(worldCities(), query.q, query.country ?? null, query.limit);
  return {
    items: found.map((city) => ({
      city: city.name,
      region: city.region,
      country: city.country,
      latitude: city.latitude,
      longitude: city.longitude,
      population: city.population,
      label: labelOf(city),
    })),
  };
}
