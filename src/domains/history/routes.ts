import type { App } from "#platform/http/types";
import { EventPage, EventQuery } from "./contract";
import { listEvents } from "./queries";

export function routes(app: App): void {
  app.get(
    "/events",
    {
      schema: { operationId: "listEvents", tags: ["history"], querystring: EventQuery, response: { 200: EventPage } },
      config: { problems: ["not_found"] },
    },
    (req) => listEvents(req.ctx, req.query),
  );
}
