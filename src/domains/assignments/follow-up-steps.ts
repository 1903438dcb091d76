/** The follow-ups an assignment schedules for itself in the job queue, inside the caller's transaction. */
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { enqueueMany, type JobSpec } from "#platform/jobs";
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

/** One follow-up, keyed by what it is due for, so a repeat of the same schedule adds nothing. */
function followUp(name: string, row: AssignmentRow, due: Date, runAt = due): JobSpec {
  const payload =
    name === jobNames.unconfirmedAlert ? { assignmentId: row.id, due: due.toISOString() } : { assignmentId: row.id };
  return { name, payload, runAt, key: `${name}:${row.id}:${due.getTime()}` };
}

/**
 * The follow-ups an assignment row asks for: approve by the system once the delay passes (keyed per due time, so a
 * later submission schedules its own); alert the client if the worker has not confirmed by the time the company
 * asked for. Pure, so a step can send them in its event's statement (`saveAssignment`'s `jobs`, issue 10).
 */
export const followUps = {
  autoApproval: (row: AssignmentRow): JobSpec[] =>
    row.autoApprovalDueAt ? [followUp(jobNames.autoApprove, row, row.autoApprovalDueAt)] : [],
  confirmationAlert: (row: AssignmentRow, now: Date): JobSpec[] => {
    const due = confirmBy(row);
    return due && !row.confirmedAt && row.assignedWorkerId
      ? [followUp(jobNames.unconfirmedAlert, row, due, new Date(Math.max(due.getTime(), now.getTime())))]
      : [];
  },
  invitationExpiry: (row: AssignmentRow): JobSpec[] =>
    row.invitationsExpireAt ? [followUp(jobNames.expireInvitations, row, row.invitationsExpireAt)] : [],
  openInvoice: (row: AssignmentRow): JobSpec[] => [
    { name: jobNames.openInvoice, payload: { assignmentId: row.id }, key: `${jobNames.openInvoice}:${row.id}` },
  ],
};

export async function scheduleAutoApproval(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow): Promise<void> {
  await enqueueMany(tx, ctx, followUps.autoApproval(row));
}

export async function scheduleConfirmationAlert(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  await enqueueMany(tx, ctx, followUps.confirmationAlert(row, ctx.now));
}

export async function scheduleInvitationExpiry(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  await enqueueMany(tx, ctx, followUps.invitationExpiry(row));
}
