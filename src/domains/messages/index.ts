import { provideLabel } from "#domains/assignments/index";
import type { Domain } from "#platform/domain";
import { openQuestionCondition } from "./hooks";
import { operations } from "./operations";
import { routes } from "./routes";

// The client's assignment list shows open questions as a label; assignments cannot read messages, so it is given here.
provideLabel("question_open", openQuestionCondition());

export { type ResponseTimes, responseTimes } from "./hooks";

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
