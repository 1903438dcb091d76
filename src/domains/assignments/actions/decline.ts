import { and, eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { Reason } from "../contract";
import { closeIfExhausted } from "../invitation-steps";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { assignmentApplications, assignmentRecipients } from "../tables";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

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
    return closingView(tx, ctx, await closeIfExhausted(tx, ctx, locked, row));
  });
}
