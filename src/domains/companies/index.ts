import type { Domain } from "#platform/domain";
import { blockRoutes } from "./blocks/routes";
import { blockOperations, operations } from "./operations";
import { routes } from "./routes";

// Blocking lives here, low in the registry, so assignments, messages and talent can all ask it (issue 15 item 10).
export type { BlockView } from "./blocks/contract";
export { blockedProblem, blockedWorkers, blockHistoryVisible, notBlocked, refuseIfBlocked } from "./blocks/hooks";

export type { CompanySettings, Industry } from "./contract";
export { DEMO_PASSWORD } from "./demo-password";
export { feeBasisPointsOf } from "./plans";
export { companyFee, getCompanySettings, planOf, securesFundsSql } from "./queries";

export const companies: Domain = {
  name: "companies",
  tags: [
    {
      name: "companies",
      description: "A client company's profile (public to workers) and its settings (visible to its members).",
    },
    {
      name: "blocks",
      description:
        "A worker blocks a company, or a company blocks a worker: the pair can no longer send, invite, apply, accept, request or message each other, and neither sees the other's new work. Listed and reversible.",
    },
  ],
  routes: (app) => {
    routes(app);
    blockRoutes(app);
  },
  operations: { ...operations, ...blockOperations },
  // Loaded only when seeding: the demo code and its name generator stay out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
