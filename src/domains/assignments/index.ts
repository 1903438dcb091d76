import { provideWebhookSubject } from "#domains/notifications/index";
import type { Domain } from "#platform/domain";
import { deliverablesRoutes } from "./deliverables/routes";
import { jobs } from "./jobs";
import { operations } from "./operations";
import { requestsRoutes } from "./requests/routes";
import { requirementsRoutes } from "./requirements/routes";
import { routes } from "./routes";
import { templatesRoutes } from "./templates/routes";
import { assignmentWebhookSubject } from "./webhook-steps";

// Webhooks about assignments (notifications sits below and cannot read them): the company and the snapshot.
provideWebhookSubject("assignment", assignmentWebhookSubject);

export type { AssignmentStatus, Party } from "./contract";
export { ESCALATION_WINDOW_DAYS, escalatableStatuses, escalationWindowClosesAt } from "./escalation-window";
export { assignmentHistoryScope } from "./history-steps";
export {
  addStepCheck,
  holdAutoApproval,
  lockBeforeMoney,
  markInvoiced,
  markPaid,
  releaseAutoApproval,
  reworkPossible,
  type Settlement,
  type StepCheck,
  setOpenQuestionCount,
  settleByAgreement,
} from "./hooks";
export {
  type Arg,
  type CompanySummaryReader,
  type FundsSecuredReader,
  type PastDueReader,
  provideAssignmentInvoice,
  provideCompanySummary,
  provideFundsSecured,
  providePastDue,
} from "./provider-steps";
export { type AssignmentRow, lockForActor, visibleTo, visibleWithParty } from "./scope";
export type { AssignmentView } from "./views";

export const assignments: Domain = {
  name: "assignments",
  tags: [
    {
      name: "assignments",
      description:
        "The work: a client company posts an assignment and sends it to workers; a worker accepts or applies, " +
        "confirms, checks in and out, hands in deliverables and submits; the client approves (then pays) or returns " +
        "it. Every step answers the assignment as the caller may see it, with `actions`: what the caller may do now.",
    },
    {
      name: "assignment-templates",
      description: "Reusable assignment templates, and creating many assignments at once from a CSV file.",
    },
  ],
  routes: (app) => {
    routes(app);
    deliverablesRoutes(app);
    requestsRoutes(app);
    requirementsRoutes(app);
    templatesRoutes(app);
  },
  operations,
  jobs,
  // Loaded only when seeding: the demo code and its name generator stay out of every server start.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
