import { placeRefusals } from "#domains/places/contract";
import type { App } from "#platform/http/types";
import { SearchWorkersQuery, WorkerSearchPage } from "./contract";
import { searchWorkers } from "./queries";

/** Worker search (issue 12, item 6); an assignment's matches are assignments' route over matching's hook. */
export function matchingRoutes(app: App): void {
  app.get(
    "/workers/search",
    {
      schema: {
        operationId: "searchWorkers",
        tags: ["talent"],
        querystring: SearchWorkersQuery,
        response: { 200: WorkerSearchPage },
      },
      // Any member of a company may search; workers may not (403 at the route).
      config: { auth: "client", problems: [...placeRefusals] },
    },
    (req) => searchWorkers(req.ctx, req.query),
  );
}
