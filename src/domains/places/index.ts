import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";

export type { LocationInput } from "./contract";
export { type LocationDraft, resolveLocation, resolveOptionalLocation } from "./geocode";

export const places: Domain = {
  name: "places",
  tags: [
    {
      name: "places",
      description:
        "Geocoding without an online service: site and home locations are found in an offline data set of the " +
        "world's cities (GeoNames, population 1,000 and more). Send an address, optionally with a city and country; " +
        "coordinates are optional and win when given. A place not found is 422 `place_not_found`, a name several " +
        "cities share without a country to tell them apart is 422 `place_ambiguous`.",
    },
  ],
  routes,
  operations,
};
