import type { Ctx } from "#platform/context";
import { enqueue } from "#platform/jobs";
import { type Currency, formatMoney } from "#shared/money";
import { Problem } from "#shared/problems";
import type { CancelAssignment } from "../contract";
import { jobNames } from "../follow-up-steps";
import { closeOffers } from "../invitation-steps";
import { cancellationOffer } from "../pricing";
import { closeOpenRequests } from "../requests/steps";
import { type Locked, lockForActor } from "../scope";
import { closeTimeLog, notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/**
 * The fee the client chose, checked against what may be offered now. Both refusals depend on the assignment, not on
 * the request's shape, so both are 422 with a pointer at the fee (a fee of 0 is refused by the contract: 400).
 */
function chosenFee(locked: Locked, fee: number | null, now: Date) {
  const offer = cancellationOffer({
    workerAssigned: locked.row.assignedWorkerId !== null,
    startsAt: locked.row.startsAt,
    now,
    price: locked.row.maximumSpend,
    feePercent: locked.row.cancellationFeePercent,
  });
  if (fee !== null && !offer) {
    throw new Problem(
      "cancellation_fee_not_offered",
      "A cancellation fee applies only when a worker is assigned and the start is less than 24 hours away.",
      { fee, maximumFee: null },
      [{ pointer: "/body/fee", message: "Send null: no fee is offered for this cancellation." }],
    );
  }
  if (fee !== null && offer && fee > offer.maximumFee) {
    throw new Problem(
      "budget_exceeded",
      "The fee cannot be more than the assignment's price.",
      { fee, maximumFee: offer.maximumFee },
      [{ pointer: "/body/fee", message: `Use at most ${offer.maximumFee}.` }],
    );
  }
  return { offered: offer !== null, fee, suggested: offer?.suggestedFee ?? null };
}

/**
 * The client calls the work off with a reason. Under 24 hours with a worker assigned the fee is offered, never
 * forced (seed: "clients may choose to compensate the worker"); the choice is recorded for the scorecards and the
 * fee stays an obligation in the history until payments settle it. The worker is told either way.
 */
export async function cancelAssignment(ctx: Ctx, id: string, input: CancelAssignment): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("cancel");
    const choice = chosenFee(locked, input.fee, ctx.now);
    const told = await closeOffers(tx, ctx, id);
    await closeTimeLog(tx, ctx.now, id);
    const closedRequestIds = await closeOpenRequests(tx, ctx, id);
    const worker = locked.row.assignedWorkerId;
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: {
        cancellationReason: input.reason,
        cancellationFee: choice.fee,
        cancellationFeeOffered: choice.offered,
        cancelledAt: ctx.now,
        autoApprovalDueAt: null,
        openRequestCount: 0,
      },
      event: "assignment.cancelled",
      data: {
        reason: input.reason,
        assignedWorkerId: worker,
        feeOffered: choice.offered,
        fee: choice.fee,
        suggestedFee: choice.suggested,
        closedRequestIds,
      },
    });
    if (choice.fee && worker) {
      // The fee is invoiced by the payments domain like approved work, from a job enqueued in this transaction.
      const payload = { assignmentId: row.id, kind: "cancellation_fee" };
      await enqueue(tx, ctx, jobNames.openInvoice, payload, { key: `${jobNames.openInvoice}:fee:${row.id}` });
    }
    const money = (amount: number) => formatMoney({ amount, currency: row.currency as Currency });
    const feeLine = choice.fee ? ` The client will pay you a cancellation fee of ${money(choice.fee)}.` : "";
    await notify(tx, ctx, [worker, ...told], row.id, {
      subject: `Cancelled: ${row.title}`,
      text: `The client cancelled "${row.title}": ${input.reason}.${worker ? feeLine : ""}`,
    });
    return closingView(tx, ctx, row);
  });
}
