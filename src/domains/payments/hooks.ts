/**
 * What other domains call inside their own transaction: escalations pause auto-pay for an assignment while a case is
 * open and lift the pause when it closes (issue 15, item 2), and an agreement's money moves through the ledger here
 * (item 5). No URL leads here; index.ts exports them.
 */
import { and, eq } from "drizzle-orm";
import { lockBeforeMoney } from "#domains/assignments/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { releaseCommitment } from "./commitment-steps";
import { companyAccount, workerAccount } from "./ledger";
import { postTransfer } from "./ledger-steps";
import { autoPayHolds, invoices } from "./tables";

/** Pauses auto-pay for the assignment's invoices, open now or opened later; a second hold changes nothing. */
export async function holdAutoPay(tx: Executor, ctx: Ctx, assignmentId: string, reason: string): Promise<void> {
  const held = await tx
    .insert(autoPayHolds)
    .values({ assignmentId, reason, heldAt: ctx.now })
    .onConflictDoNothing()
    .returning();
  if (held.length > 0) {
    await recordEvent(tx, ctx, {
      action: "payments.auto_pay_held",
      subject: { type: "assignment", id: assignmentId },
      data: { reason },
    });
  }
}

/** Lifts the pause: the next auto-pay run pays what is due. */
export async function releaseAutoPay(tx: Executor, ctx: Ctx, assignmentId: string): Promise<void> {
  const released = await tx.delete(autoPayHolds).where(eq(autoPayHolds.assignmentId, assignmentId)).returning();
  if (released.length > 0) {
    await recordEvent(tx, ctx, {
      action: "payments.auto_pay_released",
      subject: { type: "assignment", id: assignmentId },
    });
  }
}

export interface SettlementPayment {
  /** Unique per agreement: a second run moves nothing (postTransfer keys). */
  key: string;
  assignmentId: string;
  companyId: string;
  workerId: string;
  currency: string;
  /** Paid to the worker now from the company's available funds; 0 pays nothing. */
  amount: number;
}

/**
 * The money side of an agreement (issue 15, item 5), inside the escalations domain's transaction: the assignment's
 * open invoices are voided (what the company owed on them is released: the reverse of opening them), then the agreed
 * amount moves from the company's available funds to the worker's available earnings. No platform fee is charged
 * on a settlement. 422 `insufficient_funds` when the company cannot pay it; then nothing is written.
 */
export async function paySettlement(tx: Executor, ctx: Ctx, input: SettlementPayment): Promise<void> {
  // In the lock order of every money move (docs/architecture.md, "Lock order"): the invoices, the assignment, then
  // the commitment and the ledger accounts.
  const open = await tx
    .select()
    .from(invoices)
    .where(and(eq(invoices.assignmentId, input.assignmentId), eq(invoices.status, "open")))
    .orderBy(invoices.id)
    .for("update");
  await lockBeforeMoney(tx, ctx, input.assignmentId);
  // Secured funds held for the work go back to available first, so the agreed amount can be paid from there.
  await releaseCommitment(tx, ctx, input.assignmentId, "settlement");
  for (const invoice of open) {
    if (invoice.amount > 0) {
      await postTransfer(tx, ctx, {
        key: `invoice:${invoice.id}:void`,
        reason: "invoice.voided",
        subject: { type: "invoice", id: invoice.id },
        postings: [
          { account: companyAccount(invoice.companyId, "payable", invoice.currency), amount: invoice.amount },
          { account: workerAccount(invoice.workerId, "pending", invoice.currency), amount: -invoice.amount },
        ],
      });
    }
    await tx.update(invoices).set({ status: "void" }).where(eq(invoices.id, invoice.id));
    await recordEvent(tx, ctx, {
      action: "invoice.voided",
      subject: { type: "invoice", id: invoice.id },
      data: { reason: "settled by agreement", settlement: input.key },
    });
  }
  if (input.amount > 0) {
    await postTransfer(tx, ctx, {
      key: `settlement:${input.key}`,
      reason: "settlement.paid",
      subject: { type: "assignment", id: input.assignmentId },
      postings: [
        { account: companyAccount(input.companyId, "available", input.currency), amount: -input.amount },
        { account: workerAccount(input.workerId, "available", input.currency), amount: input.amount },
      ],
    });
  }
}
