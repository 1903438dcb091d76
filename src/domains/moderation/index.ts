import { provideLookupRead } from "#domains/accounts/index";
import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";
import { checkStanding, standingRead } from "./standing-steps";

// The lookup of a request that will ask the standing check reads the sanctions with it (one round trip, issue 10).
provideLookupRead("standing", standingRead);

export const moderation: Domain = {
  name: "moderation",
  tags: [
    {
      name: "moderation",
      description:
        "Trust & Safety: reports of a named rule of the Community Violation Guidelines, sanctions that always name the rule, the evidence and their end, and one appeal per sanction reviewed by someone else. A sanction in force refuses the routes it covers with 403 `account_restricted`.",
    },
  ],
  routes,
  operations,
  jobs,
  // Asked by the platform on every write of a signed-in client or worker: the one place sanctions are enforced.
  standing: checkStanding,
  demo: async (ctx, options) => (await import("./demo")).seedModeration(ctx, options),
};
