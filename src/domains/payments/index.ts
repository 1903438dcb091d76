import { addStepCheck } from "#domains/assignments/index";
import { provideWebhookSubject } from "#domains/notifications/index";
import type { Domain } from "#platform/domain";
import { jobs } from "./jobs";

export { type AssignmentMoney, assignmentMoney } from "./case-steps";
export { holdAutoPay, paySettlement, releaseAutoPay, type SettlementPayment } from "./hooks";

import { operations } from "./operations";
import { routes } from "./routes";
import { refuseUnfundedImmediateApproval, refuseWhileLocked } from "./standing-steps";
import { invoiceWebhookSubject } from "./webhook-steps";

// Payments' rules on assignment steps (standing-steps.ts), brought to assignments, which cannot import upward.
addStepCheck("send", refuseWhileLocked);
addStepCheck("approve", refuseUnfundedImmediateApproval);
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
  // Loaded only when seeding.
  demo: async (ctx, options) => (await import("./demo")).demo(ctx, options),
};
