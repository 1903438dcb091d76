import { z } from "zod";
import { defineJob } from "#platform/jobs";
import { openInvoice, settleFunding, settlePayout } from "./steps";

/**
 * Approval in the assignments domain enqueues this job inside the approval's transaction (assignments never imports
 * payments: it names the job, payments handles it), so an approved assignment always gets its invoice.
 */
export const openInvoiceJob = defineJob({
  name: "payments.open-invoice",
  payload: z.object({ assignmentId: z.uuid() }),
  async run(ctx, { assignmentId }) {
    await ctx.transaction((tx) => openInvoice(tx, ctx, assignmentId));
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

export const jobs = [openInvoiceJob, settleFundingJob, settlePayoutJob];
