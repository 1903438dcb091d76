import type { Domain } from "#platform/domain";
import { operations } from "./operations";
import { routes } from "./routes";

export { assignmentThread, type ResponseTimes, responseTimes, type ThreadMessage } from "./hooks";

export const messages: Domain = {
  name: "messages",
  tags: [
    {
      name: "messages",
      description:
        "The conversation around an assignment: invited workers' questions and the company's answers (shared with " +
        "every invitee or private), the thread between the company and its worker, internal notes, and how fast each " +
        "side answers.",
    },
  ],
  routes,
  operations,
  // Loaded only when seeding, like every domain's demo.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
