import type { App } from "#platform/http/types";
import { CitySuggestions, PlacesQuery } from "./contract";
import { suggestPlaces } from "./queries";

const tags = ["places"];

export function routes(app: App): void {
  app.get(
    "/places",
    {
      schema: { operationId: "suggestPlaces", tags, querystring: PlacesQuery, response: { 200: CitySuggestions } },
      config: { auth: "user" },
    },
    (req) => suggestPlaces(req.ctx, req.query),
  );
}
