import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { enqueue } from "#platform/jobs";
import { confirmBy } from "../labels";
import type { AssignmentRow } from "../queries";

/** The background follow-ups an assignment schedules for itself; jobs.ts runs them and re-checks the state first. */
export const jobNames = {
  autoApprove: "assignments.auto-approve",
  unconfirmedAlert: "assignments.unconfirmed-alert",
  expireInvitations: "assignments.expire-invitations",
  compactTotals: "assignments.compact-totals",
} as const;

/** Approve by the system once the delay passes; keyed per due time, so a later submission schedules its own. */
export async function scheduleAutoApproval(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow): Promise<void> {
  if (row.autoApprovalDueAt) {
    const runAt = row.autoApprovalDueAt;
    await enqueue(
      tx,
      ctx,
      jobNames.autoApprove,
      { assignmentId: row.id },
      {
        runAt,
        key: `${jobNames.autoApprove}:${row.id}:${runAt.getTime()}`,
      },
    );
  }
}

/** Alert the client if the worker has not confirmed by the time the company asked for. */
export async function scheduleConfirmationAlert(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  const due = confirmBy(row);
  if (due && !row.confirmedAt && row.assignedWorkerId) {
    const runAt = new Date(Math.max(due.getTime(), ctx.now.getTime()));
    await enqueue(
      tx,
      ctx,
      jobNames.unconfirmedAlert,
      { assignmentId: row.id, due: due.toISOString() },
      {
        runAt,
        key: `${jobNames.unconfirmedAlert}:${row.id}:${due.getTime()}`,
      },
    );
  }
}

export async function scheduleInvitationExpiry(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow) {
  if (row.invitationsExpireAt) {
    const runAt = row.invitationsExpireAt;
    await enqueue(
      tx,
      ctx,
      jobNames.expireInvitations,
      { assignmentId: row.id },
      {
        runAt,
        key: `${jobNames.expireInvitations}:${row.id}:${runAt.getTime()}`,
      },
    );
  }
}
