/**
 * The steps several payments use cases share (actions/, jobs.ts), inside the caller's transaction: opening an
 * invoice on approval, paying one, and settling what the provider had in flight. Every money movement goes through
 * `postTransfer` with a key derived from the record, so a step run twice moves the money once.
 */
import { and, eq, lte, sql } from "drizzle-orm";
import { lockBeforeMoney, markInvoiced, markPaid } from "#domains/assignments/index";
import { assignments } from "#domains/assignments/tables";
import { companyFee } from "#domains/companies/index";
import { actorId, type Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { scheduleReminders } from "./billing-steps";
import { acceptedBonus, heldCommitment } from "./commitment-steps";
import type { InvoiceKind } from "./contract";
import { dueDate, feeFor } from "./fees";
import { companyAccount, type Posting, platformAccount, workerAccount } from "./ledger";
import { postTransfer } from "./ledger-steps";
import { provider } from "./sandbox-provider";
import { autoPayHolds, fundCommitments, fundings, invoices, payouts } from "./tables";

type InvoiceRow = typeof invoices.$inferSelect;
const nonZero = (postings: Posting[]) => postings.filter((p) => p.amount !== 0);

/**
 * What an invoice of each kind charges: the approved claim plus the bonuses the worker accepted (a bonus is paid on
 * top, never within the ceiling), or the cancellation fee the client chose to pay.
 */
async function chargeOf(tx: Executor, work: typeof assignments.$inferSelect, kind: InvoiceKind) {
  if (kind === "cancellation_fee") {
    const ok = work.status === "cancelled" && work.cancellationFee !== null && work.cancelledAt !== null;
    return ok ? { amount: work.cancellationFee ?? 0, bonus: 0, issuedAt: work.cancelledAt } : null;
  }
  if (work.status !== "approved") {
    return null;
  }
  const bonus = await acceptedBonus(tx, work.id, work.assignedWorkerId);
  return { amount: (work.claimedAmount ?? 0) + bonus, bonus, issuedAt: work.approvedAt };
}

/**
 * Opens the invoice for an approved assignment (or a cancellation fee): the amount plus the platform fee, due after
 * the payment terms the worker saw before accepting. The worker's pending earnings grow by the amount; the
 * company's payable records the debt. A second run finds the first invoice (one per assignment and kind).
 */
export async function openInvoice(
  tx: Executor,
  ctx: Ctx,
  assignmentId: string,
  kind: InvoiceKind = "assignment",
): Promise<InvoiceRow | null> {
  const [work] = await tx.select().from(assignments).where(eq(assignments.id, assignmentId));
  const charge = work ? await chargeOf(tx, work, kind) : null;
  if (!work || !charge?.issuedAt || !work.assignedWorkerId) {
    return null;
  }
  const { amount, bonus, issuedAt } = charge;
  // The company's plan's rate now; the invoice stores it, so a later change of plan leaves this invoice as opened.
  const { feeBasisPoints } = await companyFee(tx, work.companyId);
  const fee = feeFor(amount, feeBasisPoints);
  const [invoice] = await tx
    .insert(invoices)
    .values({
      kind,
      status: "open",
      companyId: work.companyId,
      workerId: work.assignedWorkerId,
      assignmentId,
      currency: work.currency,
      amount,
      fee,
      feeBasisPoints,
      total: amount + fee,
      paymentTermsDays: work.paymentTermsDays,
      issuedAt,
      dueAt: dueDate(issuedAt, work.paymentTermsDays),
    })
    .onConflictDoNothing()
    .returning();
  if (!invoice) {
    return null;
  }
  if (amount > 0) {
    await postTransfer(tx, ctx, {
      key: `invoice:${invoice.id}:open`,
      reason: "invoice.opened",
      subject: { type: "invoice", id: invoice.id },
      postings: [
        { account: companyAccount(invoice.companyId, "payable", invoice.currency), amount: -amount },
        { account: workerAccount(invoice.workerId, "pending", invoice.currency), amount },
      ],
    });
  }
  await recordEvent(tx, ctx, {
    action: "invoice.opened",
    subject: { type: "invoice", id: invoice.id },
    data: {
      assignmentId,
      kind,
      amount,
      bonus,
      fee,
      total: invoice.total,
      currency: invoice.currency,
      dueAt: invoice.dueAt,
    },
  });
  if (kind === "assignment") {
    // Approved → invoiced (payment pending) in the invoice's own transaction: the status and the invoice agree.
    await markInvoiced(tx, ctx, assignmentId, { invoiceId: invoice.id, dueAt: invoice.dueAt.toISOString() });
  }
  await scheduleReminders(tx, ctx, invoice);
  if (invoice.paymentTermsDays === 0 && !(await autoPayHeld(tx, assignmentId))) {
    // Immediate terms pay at approval when the funds are there; otherwise auto-pay keeps trying (it is due now).
    await payIfFunded(tx, ctx, invoice);
  }
  return invoice;
}

/**
 * Pays a locked, open invoice from the company's funds: secured funds held for the assignment first (all of the
 * commitment leaves committed; what it held beyond the total goes back to available), the rest from available. The
 * worker's pending amount becomes available, the fee becomes platform revenue, the debt is cleared, and the
 * assignment is marked paid (in its own domain). One transfer, so the commitment is consumed iff the invoice is paid.
 * 422 `insufficient_funds` when the company's available funds are short; nothing is written then.
 */
export async function payLockedInvoice(tx: Executor, ctx: Ctx, invoice: InvoiceRow): Promise<void> {
  const { id, currency, amount, fee, total } = invoice;
  const assignment = invoice.kind === "assignment" ? await lockBeforeMoney(tx, ctx, invoice.assignmentId) : null;
  const held = invoice.kind === "assignment" ? await heldCommitment(tx, invoice.assignmentId) : undefined;
  const committed = held?.amount ?? 0;
  await postTransfer(tx, ctx, {
    key: `invoice:${id}:pay`,
    reason: "invoice.paid",
    subject: { type: "invoice", id },
    postings: nonZero([
      { account: companyAccount(invoice.companyId, "committed", currency), amount: -committed },
      { account: companyAccount(invoice.companyId, "available", currency), amount: committed - total },
      { account: companyAccount(invoice.companyId, "payable", currency), amount },
      { account: workerAccount(invoice.workerId, "pending", currency), amount: -amount },
      { account: workerAccount(invoice.workerId, "available", currency), amount },
      { account: platformAccount("fee_revenue", currency), amount: fee },
    ]),
  });
  if (held) {
    await tx
      .update(fundCommitments)
      .set({ status: "consumed", endedAt: ctx.now })
      .where(eq(fundCommitments.id, held.id));
  }
  await tx
    .update(invoices)
    .set({ status: "paid", paidAt: ctx.now, paidBy: actorId(ctx.actor) })
    .where(and(eq(invoices.id, id), eq(invoices.status, "open")));
  await recordEvent(tx, ctx, {
    action: "invoice.paid",
    subject: { type: "invoice", id },
    data: {
      total,
      amount,
      fee,
      currency,
      assignmentId: invoice.assignmentId,
      fromCommitted: Math.min(committed, total),
    },
  });
  if (assignment) {
    await markPaid(tx, ctx, assignment, { invoiceId: id, amount, currency });
  }
}

/** The transfer that puts settled funding into the company's available funds (from pending, or straight in). */
export function settledFundingPostings(row: typeof fundings.$inferSelect, wasPending: boolean): Posting[] {
  const { companyId, amount, currency } = row;
  const arrived: Posting[] = [
    { account: platformAccount("external", currency), amount: -amount },
    { account: companyAccount(companyId, "available", currency), amount },
  ];
  if (!wasPending) {
    return arrived;
  }
  return [
    ...arrived,
    { account: companyAccount(companyId, "pending", currency), amount: -amount },
    { account: platformAccount("funding_in_transit", currency), amount },
  ];
}

/** The job's step: the provider settles (or fails) a pending ACH funding. Runs once per funding, by its key. */
export async function settleFunding(tx: Executor, ctx: Ctx, fundingId: string): Promise<void> {
  const [row] = await tx.select().from(fundings).where(eq(fundings.id, fundingId)).for("update");
  if (row?.status !== "pending") {
    return;
  }
  const failureReason = provider.settle(row);
  const subject = { type: "funding", id: row.id };
  const postings: Posting[] = failureReason
    ? [
        { account: companyAccount(row.companyId, "pending", row.currency), amount: -row.amount },
        { account: platformAccount("funding_in_transit", row.currency), amount: row.amount },
      ]
    : settledFundingPostings(row, true);
  const outcome = failureReason ? "failed" : "settled";
  await postTransfer(tx, ctx, { key: `funding:${row.id}:${outcome}`, reason: `funding.${outcome}`, subject, postings });
  await tx
    .update(fundings)
    .set({ status: outcome, failureReason, settledAt: failureReason ? null : ctx.now })
    .where(eq(fundings.id, row.id));
  await recordEvent(tx, ctx, {
    action: `funding.${outcome}`,
    subject,
    data: { companyId: row.companyId, amount: row.amount, currency: row.currency, failureReason },
  });
}

/** The job's step: the provider pays out (or fails, returning the money to the worker's available earnings). */
export async function settlePayout(tx: Executor, ctx: Ctx, payoutId: string): Promise<void> {
  const [row] = await tx.select().from(payouts).where(eq(payouts.id, payoutId)).for("update");
  if (row?.status !== "in_transit") {
    return;
  }
  const failureReason = provider.settle(row);
  const inTransit = { account: platformAccount("payouts_in_transit", row.currency), amount: -row.amount };
  const to = failureReason
    ? workerAccount(row.workerId, "available", row.currency)
    : platformAccount("external", row.currency);
  const outcome = failureReason ? "failed" : "paid";
  const subject = { type: "payout", id: row.id };
  await postTransfer(tx, ctx, {
    key: `payout:${row.id}:${outcome}`,
    reason: `payout.${outcome}`,
    subject,
    postings: [inTransit, { account: to, amount: row.amount }],
  });
  await tx
    .update(payouts)
    .set({ status: outcome, failureReason, settledAt: failureReason ? null : ctx.now })
    .where(eq(payouts.id, row.id));
  await recordEvent(tx, ctx, {
    action: `payout.${outcome}`,
    subject,
    data: { workerId: row.workerId, amount: row.amount, currency: row.currency, failureReason },
  });
}

/** An open escalation holds auto-pay for the assignment's invoices (hooks.ts); paying by hand still works. */
const heldHere = sql`SELECT 1 FROM ${autoPayHolds} WHERE ${autoPayHolds.assignmentId} = ${invoices.assignmentId}`;

async function autoPayHeld(tx: Executor, assignmentId: string): Promise<boolean> {
  const rows = await tx
    .select({ id: autoPayHolds.assignmentId })
    .from(autoPayHolds)
    .where(eq(autoPayHolds.assignmentId, assignmentId));
  return rows.length > 0;
}

/** The recurring auto-pay job's name (jobs.ts); the sandbox backdate queues a run of it at once. */
export const autoPayJobName = "payments.auto-pay";

/**
 * Auto-pay: every open invoice due by now is paid from its company's available funds, each in its own savepoint so
 * one company short of funds does not stop the others (it is tried again on the next run). SKIP LOCKED leaves an
 * invoice someone is paying by hand to them: a manual pay racing auto-pay pays once.
 */
export async function autoPayDue(tx: Executor, ctx: Ctx, limit: number): Promise<{ paid: number; short: number }> {
  const due = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.status, "open"), lte(invoices.dueAt, ctx.now), sql`NOT EXISTS (${heldHere})`))
    .orderBy(invoices.dueAt)
    .limit(limit)
    .for("update", { skipLocked: true });
  let paid = 0;
  for (const invoice of due) {
    paid += (await payIfFunded(tx, ctx, invoice)) ? 1 : 0;
  }
  return { paid, short: due.length - paid };
}

/** Pays a locked open invoice in a savepoint, or leaves it open (and nothing written) when funds are short. */
export async function payIfFunded(tx: Executor, ctx: Ctx, invoice: InvoiceRow): Promise<boolean> {
  try {
    await tx.transaction((savepoint) => payLockedInvoice(savepoint, ctx, invoice));
    return true;
  } catch (error) {
    if (error instanceof Problem && error.code === "insufficient_funds") {
      return false;
    }
    throw error;
  }
}
