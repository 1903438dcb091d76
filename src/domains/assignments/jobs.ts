import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import { defineJob } from "#platform/jobs";
import { jobNames } from "./follow-up-steps";
import { closeIfExhausted } from "./invitation-steps";
import { confirmBy } from "./labels";
import { lockForActor } from "./scope";
import { approveLocked, notify, recordAssignmentEvent } from "./steps";
import { assignmentRecipients, assignmentTotals } from "./tables";

const ForAssignment = z.object({ assignmentId: z.uuid() });

/**
 * A submitted assignment left alone for the auto-approval delay is approved by the system. The job re-reads the row
 * under lock: a return, an approval by hand, a later resubmission or an escalation hold all make it a no-op.
 */
export const autoApproveJob = defineJob({
  name: jobNames.autoApprove,
  payload: ForAssignment,
  async run(ctx, { assignmentId }) {
    await ctx.transaction(async (tx) => {
      const locked = await lockForActor(tx, ctx, assignmentId);
      const { status, autoApprovalHold, autoApprovalDueAt } = locked.row;
      if (status !== "submitted" || autoApprovalHold !== null || !autoApprovalDueAt || autoApprovalDueAt > ctx.now) {
        return;
      }
      await approveLocked(tx, ctx, locked);
    });
  },
});

/** When the confirmation time comes and the worker has not confirmed, the client hears about it. */
export const unconfirmedAlertJob = defineJob({
  name: jobNames.unconfirmedAlert,
  payload: ForAssignment.extend({ due: z.iso.datetime() }),
  async run(ctx, { assignmentId, due }) {
    await ctx.transaction(async (tx) => {
      const { row } = await lockForActor(tx, ctx, assignmentId);
      const stillDue = confirmBy(row)?.toISOString() === new Date(due).toISOString();
      if (row.status !== "assigned" || row.confirmedAt || !stillDue) {
        return;
      }
      await recordAssignmentEvent(tx, ctx, row.id, "assignment.unconfirmed_alerted", {
        workerId: row.assignedWorkerId,
      });
      await notify(tx, ctx, [row.createdBy], row.id, {
        subject: `Not confirmed: ${row.title}`,
        text: `The assigned worker has not confirmed "${row.title}" yet. Contact them, or find someone else.`,
      });
    });
  },
});

/** At the expiry the client set, open invitations lapse; with nothing left open the assignment is `declined`. */
export const expireInvitationsJob = defineJob({
  name: jobNames.expireInvitations,
  payload: ForAssignment,
  async run(ctx, { assignmentId }) {
    await ctx.transaction(async (tx) => {
      const locked = await lockForActor(tx, ctx, assignmentId);
      const { row } = locked;
      if (row.status !== "sent" || !row.invitationsExpireAt || row.invitationsExpireAt > ctx.now) {
        return;
      }
      const expired = await tx
        .update(assignmentRecipients)
        .set({ status: "expired", respondedAt: ctx.now })
        .where(and(eq(assignmentRecipients.assignmentId, row.id), eq(assignmentRecipients.status, "invited")))
        .returning({ workerId: assignmentRecipients.workerId });
      await recordAssignmentEvent(tx, ctx, row.id, "assignment.invitations_expired", { count: expired.length });
      await closeIfExhausted(tx, ctx, locked, row);
    });
  },
});

/**
 * Companies whose totals have grown past this many delta rows get folded back to one row per status and currency.
 * Without it the deltas grow by one or two rows per status change, and reading them would cost what they replace.
 */
const COMPACT_ABOVE = 50;

/**
 * Folds the appended totals deltas of busy companies into one row each, in one statement: the rows it deletes are
 * exactly the ones it sums, and deltas appended meanwhile stay as they are.
 */
export const compactTotalsJob = defineJob({
  name: jobNames.compactTotals,
  payload: z.object({}),
  everySeconds: 300,
  async run(ctx) {
    await ctx.transaction((tx) =>
      tx.execute(sql`
        WITH folded AS (
          DELETE FROM ${assignmentTotals} WHERE company_id IN (
            SELECT company_id FROM ${assignmentTotals} GROUP BY company_id HAVING count(*) > ${COMPACT_ABOVE})
          RETURNING company_id, status, currency, count, maximum_spend, amount)
        INSERT INTO ${assignmentTotals} (company_id, status, currency, count, maximum_spend, amount)
        SELECT company_id, status, currency, sum(count), sum(maximum_spend), sum(amount) FROM folded
        GROUP BY company_id, status, currency
        HAVING sum(count) <> 0 OR sum(maximum_spend) <> 0 OR sum(amount) <> 0`),
    );
  },
});

export const jobs = [autoApproveJob, unconfirmedAlertJob, expireInvitationsJob, compactTotalsJob];
