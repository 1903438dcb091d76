/** The follow-ups an assignment schedules for itself in the job queue, inside the caller's transaction. */
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { enqueue } from "#platform/jobs";
import { confirmBy } from "./labels";
import type { AssignmentRow } from "./scope";

/** The background follow-ups an assignment schedules for itself; jobs.ts runs them and re-checks the state first. */
export const jobNames = {
  autoApprove: "assignments.auto-approve",
  unconfirmedAlert: "assignments.unconfirmed-alert",
  expireInvitations: "assignments.expire-invitations",
  compactTotals: "assignments.compact-totals",
  /** Handled by the payments domain (above this one in the registry): named here, never imported. */
  openInvoice: "payments.open-invoice",
} as const;

/** Enqueues one follow-up, keyed by what it is due for, so a repeat of the same schedule adds nothing. */
async function followUp(tx: Executor, ctx: Pick<Ctx, "now">, name: string, row: AssignmentRow, due: Date, runAt = due) {
  const payload =
    name === jobNames.unconfirmedAlert ? { assignmentId: row.id, due: due.toISOString() } : { assignmentId: row.id };
  await enqueue(tx, ctx, name, payload, { runAt, key: `${name}:${row.id}:${due.getTime()}` });
}

/** Approve by the system once the delay passes; keyed per due time, so a later submission schedules its own. */
export async function scheduleAutoApproval(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow): Promise<void> {
  if (row.autoApprovalDueAt) {
    await followUp(tx, ctx, jobNames.autoApprove, row, row.autoApprovalDueAt);
  }
}

/** Alert the client if the worker has not confirmed by the time the company asked for. */
export async function scheduleConfirmationAlert(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  const due = confirmBy(row);
  if (due && !row.confirmedAt && row.assignedWorkerId) {
    await followUp(tx, ctx, jobNames.unconfirmedAlert, row, due, new Date(Math.max(due.getTime(), ctx.now.getTime())));
  }
}

export async function scheduleInvitationExpiry(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  if (row.invitationsExpireAt) {
    await followUp(tx, ctx, jobNames.expireInvitations, row, row.invitationsExpireAt);
  }
}
