import { provideCompanySummary } from "#domains/assignments/index";
import { provideWorkerScorecards } from "#domains/talent/index";
import type { Domain } from "#platform/domain";
import { eventHooks } from "./hooks";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";
import { companySummary } from "./scorecard-steps";
import { workerFigures } from "./talent-steps";

export { ratingHistoryScope } from "./scope";

// Every assignment view and inbox item carries the company's compact scorecard (issue 14 item 3).
provideCompanySummary(companySummary);
// Talent's scorecard requirement types and matching read the worker figures through this reader (talent is below).
provideWorkerScorecards(workerFigures);

export const ratings: Domain = {
  name: "ratings",
  tags: [
    {
      name: "ratings",
      description:
        "Double-blind two-way ratings after an assignment, and the open scorecards built from them and from the " +
        "assignments' and invoices' events: every figure says how it is computed and lists what it is made of.",
    },
  ],
  routes,
  operations,
  jobs,
  eventHooks,
  // Loaded only when seeding.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
