import { provideWebhookSubject } from "#domains/notifications/index";
import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";
import { escalationWebhookSubject } from "./webhook-steps";

// Webhooks about cases: the client company party to it and the case as it reads it (never a staff note).
provideWebhookSubject("escalation", escalationWebhookSubject);

export { escalationHistoryScope } from "./scope";

export const escalations: Domain = {
  name: "escalations",
  tags: [
    {
      name: "escalations",
      description:
        "Escalation cases: when a client and a worker cannot settle a problem about an assignment, either may open a case; the Escalations Team tracks it, answers within one business day and updates both sides every two, and helps them reach an agreement. It cannot force an outcome.",
    },
  ],
  routes,
  operations,
  // Loaded only when seeding: the demo's stories stay out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
