import type { App } from "#platform/http/types";
import { Inbox, InboxQuery } from "../lists/contract";
import { listWorkerInbox } from "./queries";

const tags = ["assignments"];

/** The worker's inbox: what was sent to them. */
export function routes(app: App): void {
  app.get(
    "/assignments/inbox",
    {
      schema: { operationId: "listWorkerInbox", tags, querystring: InboxQuery, response: { 200: Inbox } },
      config: { auth: "worker" },
    },
    (req) => listWorkerInbox(req.ctx, req.query),
  );
}
