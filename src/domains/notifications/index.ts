import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";
import { webhookDocument, webhookEventHooks, webhookJobs, webhookOperations, webhookRoutes } from "./webhooks/index";

export type { NotificationType } from "./contract";
export { type Notice, noticeWrite, notify } from "./steps";
export { provideWebhookSubject, type WebhookSubject } from "./webhooks/index";

export const notifications: Domain = {
  name: "notifications",
  tags: [
    {
      name: "notifications",
      description:
        "Telling people what happened: the in-app inbox and its live stream, email, and each person's preferences. " +
        "Callers (the domains above) pass the content; notifications only delivers it.",
    },
    {
      name: "webhooks",
      description:
        "Telling programs what happened: a company admin registers endpoints and chooses event types; each event is " +
        "delivered as a signed Standard Webhooks request (`webhook-id`, `webhook-timestamp`, `webhook-signature`), " +
        "retried for 3 days, logged and replayable. The event types and their payload are in the `webhooks` section.",
    },
  ],
  routes: (app) => {
    routes(app);
    webhookRoutes(app);
  },
  operations: { ...operations, ...webhookOperations },
  jobs: [...jobs, ...webhookJobs],
  // Runs inside the transaction of every listed event, whichever domain records it: the deliveries commit with it.
  eventHooks: webhookEventHooks,
  webhooks: webhookDocument(),
};
