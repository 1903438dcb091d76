import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { routes } from "./routes";

export type { RequirementResult } from "./contract";
export { type TalentSubjectType, talentHistoryScope } from "./history-steps";
export {
  ensureOwnSet,
  ensureWorker,
  type Gate,
  overrideRequirements,
  requirementsFor,
  requireRequirementsMet,
} from "./hooks";
export { provideWorkerScorecards, type WorkerScorecards } from "./kept-facts-steps";
export { matchWorkers, poolRecipients } from "./matching/hooks";

export const talent: Domain = {
  name: "talent",
  tags: [
    {
      name: "talent",
      description:
        "Credentials (certifications, licences, insurance, screenings) that companies and staff verify, and requirement sets that check them: for every worker and every requirement, met or not and why.",
    },
  ],
  routes,
  operations,
  jobs,
  // Loaded only when seeding: the demo code stays out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
