import type { OperationDocs } from "#platform/domain";

/** What the API reference says about each places operation (platform/http/openapi.ts applies it by operationId). */
export const operations: OperationDocs = {
  suggestPlaces: {
    summary: "Suggest cities",
    description:
      "Cities whose name starts with `q` (accents and case ignored), largest first, optionally in one `country`: " +
      "what the address forms suggest as a person types. Each carries the region, country and coordinates a " +
      "location may use; sending only an address works too, since the server geocodes it from the same data.",
  },
};
