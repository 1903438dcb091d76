import {
  addStepCheck,
  provideAssignmentInvoice,
  provideFundsSecured,
  providePastDue,
} from "#domains/assignments/index";
import { provideWebhookSubject } from "#domains/notifications/index";
import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";

export { type AssignmentMoney, assignmentMoney } from "./case-steps";
export { holdAutoPay, paySettlement, releaseAutoPay, type SettlementPayment } from "./hooks";

import { commitmentHooks, commitSecuredFunds, fundsSecured, raiseSecuredFunds } from "./commitment-steps";
import { operations } from "./operations";
import { routes } from "./routes";
import { assignmentInvoiceReader } from "./scope";
import { anyPastDueSql, refuseUnfundedImmediateApproval, refuseWhileLocked } from "./standing-steps";
import { invoiceWebhookSubject } from "./webhook-steps";

// Payments' rules on assignment steps (standing-steps.ts), brought to assignments, which cannot import upward.
addStepCheck("send", refuseWhileLocked);
addStepCheck("approve", refuseUnfundedImmediateApproval);
// Secured funds (commitment-steps.ts): committed when a worker is assigned, shown to the worker on the assignment.
addStepCheck("assign", commitSecuredFunds);
// An accepted budget increase, expense or bonus: the extra is committed too, or the acceptance is refused.
addStepCheck("raise", raiseSecuredFunds);
provideFundsSecured(fundsSecured);
providePastDue(anyPastDueSql);
// The assignment view carries its invoice (the fixed shape); assignments decides who sees it.
provideAssignmentInvoice(assignmentInvoiceReader);
// Webhooks about invoices: the company and the invoice as the API answers it (notifications/webhooks/hooks.ts).
provideWebhookSubject("invoice", invoiceWebhookSubject);

export const payments: Domain = {
  name: "payments",
  tags: [
    {
      name: "payments",
      description:
        "Money, on a double-entry ledger in integer minor units: a company's balance and funding (through the " +
        "sandbox provider: test mode, no real money), the invoice each approval opens (the approved amount plus the " +
        "platform fee, due after the payment terms), paying it, and a worker's earnings and payouts.",
    },
  ],
  routes,
  operations,
  jobs,
  // Releases secured funds when the assignment ends without payment (commitment-steps.ts).
  eventHooks: commitmentHooks,
  // Loaded only when seeding.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
