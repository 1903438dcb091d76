import { z } from "zod";
import { defineJob } from "#platform/jobs";
import { remind, remindJob as remindJobName } from "./billing-steps";
import { invoiceKinds } from "./contract";
import { autoPayDue, autoPayJobName, openInvoice, settleFunding, settlePayout } from "./steps";

/**
 * Approval in the assignments domain enqueues this job inside the approval's transaction (assignments never imports
 * payments: it names the job, payments handles it), so an approved assignment always gets its invoice.
 */
export const openInvoiceJob = defineJob({
  name: "payments.open-invoice",
  payload: z.object({ assignmentId: z.uuid(), kind: z.enum(invoiceKinds).default("assignment") }),
  async run(ctx, { assignmentId, kind }) {
    await ctx.transaction((tx) => openInvoice(tx, ctx, assignmentId, kind));
  },
});

/** The provider's answer to a pending ACH funding, when it is due. */
export const settleFundingJob = defineJob({
  name: "payments.settle-funding",
  payload: z.object({ fundingId: z.uuid() }),
  async run(ctx, { fundingId }) {
    await ctx.transaction((tx) => settleFunding(tx, ctx, fundingId));
  },
});

/** The provider's answer to a payout in transit, when it is due. */
export const settlePayoutJob = defineJob({
  name: "payments.settle-payout",
  payload: z.object({ payoutId: z.uuid() }),
  async run(ctx, { payoutId }) {
    await ctx.transaction((tx) => settlePayout(tx, ctx, payoutId));
  },
});

/** A reminder before the due date, or the past-due warning after it (billing-steps.ts). */
export const remindJob = defineJob({
  name: remindJobName,
  payload: z.object({ invoiceId: z.uuid(), days: z.number().int() }),
  async run(ctx, { invoiceId, days }) {
    await ctx.transaction((tx) => remind(tx, ctx, invoiceId, days));
  },
});

/** Invoices one auto-pay run pays at most. */
export const AUTO_PAY_BATCH = 500;

/**
 * Auto-pay on the due date when funds are available (issue 11, item 4). A run pays at most a batch, so one job's
 * transaction stays short beside the web requests; the next minute's run takes the rest.
 */
export const autoPayJob = defineJob({
  name: autoPayJobName,
  payload: z.object({}).passthrough(),
  everySeconds: 60,
  async run(ctx) {
    await ctx.transaction((tx) => autoPayDue(tx, ctx, AUTO_PAY_BATCH));
  },
});
export const jobs = [openInvoiceJob, settleFundingJob, settlePayoutJob, remindJob, autoPayJob];
