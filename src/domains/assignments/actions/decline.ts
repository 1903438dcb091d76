import { and, count, eq, gt, isNull, or } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Reason } from "../contract";
import { assignmentLifecycle, transition } from "../lifecycle";
import { type AssignmentRow, type Locked, lockForActor } from "../queries";
import { assignmentApplications, assignmentRecipients, assignments } from "../tables";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { notify } from "./notify";
import { saveAssignment } from "./save";

/**
 * Once no invitation is open and no application waits, nobody can take the assignment: it becomes `declined`
 * (a system move in the lifecycle table) and the client is told, so they can add recipients or withdraw it.
 */
export async function closeIfExhausted(tx: Executor, ctx: Ctx, locked: Pick<Locked, "facts">, row: AssignmentRow) {
  const open = or(isNull(assignments.invitationsExpireAt), gt(assignments.invitationsExpireAt, ctx.now));
  const [invited] = await tx
    .select({ n: count() })
    .from(assignmentRecipients)
    .innerJoin(assignments, eq(assignments.id, assignmentRecipients.assignmentId))
    .where(and(eq(assignmentRecipients.assignmentId, row.id), eq(assignmentRecipients.status, "invited"), open));
  const [pending] = await tx
    .select({ n: count() })
    .from(assignmentApplications)
    .where(and(eq(assignmentApplications.assignmentId, row.id), eq(assignmentApplications.status, "pending")));
  if ((invited?.n ?? 0) > 0 || (pending?.n ?? 0) > 0) {
    return row;
  }
  const status = transition(assignmentLifecycle, "closeInvitations", { ...locked.facts, status: row.status }, "system");
  const closed = await saveAssignment(tx, ctx, { row }, { status, event: "assignment.invitations_closed" });
  await notify(tx, ctx, [row.createdBy], row.id, {
    subject: `No takers: ${row.title}`,
    text: `Every invitation for "${row.title}" was declined or expired. Add recipients or withdraw it to edit.`,
  });
  return closed;
}

/** An invitee says no, with a reason the client sees. */
export async function declineAssignment(ctx: Ctx, id: string, input: Reason): Promise<AssignmentView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("decline");
    await tx
      .update(assignmentRecipients)
      .set({ status: "declined", respondedAt: ctx.now, declineReason: input.reason })
      .where(and(eq(assignmentRecipients.assignmentId, id), eq(assignmentRecipients.workerId, actor.userId)));
    await tx
      .update(assignmentApplications)
      .set({ status: "withdrawn", decidedAt: ctx.now })
      .where(
        and(
          eq(assignmentApplications.assignmentId, id),
          eq(assignmentApplications.workerId, actor.userId),
          eq(assignmentApplications.status, "pending"),
        ),
      );
    const row = await saveAssignment(tx, ctx, locked, {
      event: "assignment.declined",
      data: { workerId: actor.userId, reason: input.reason },
    });
    await notify(tx, ctx, [row.createdBy], row.id, {
      subject: `Declined: ${row.title}`,
      text: `A worker declined "${row.title}": ${input.reason}`,
    });
    return assignmentView(tx, ctx, await closeIfExhausted(tx, ctx, locked, row));
  });
}
