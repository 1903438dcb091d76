import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { lockForActor } from "../queries";
import { assignmentApplications, assignmentRecipients } from "../tables";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { notify } from "./notify";
import { saveAssignment } from "./save";

/** Closes every open invitation and pending application; returns who still had an open invitation. */
export async function closeOffers(tx: Executor, ctx: Pick<Ctx, "now">, assignmentId: string, exceptWorker?: string) {
  // With a winner, the others' invitations read "taken" for good, whatever happens to the assignment later.
  const closed = await tx
    .update(assignmentRecipients)
    .set({ status: exceptWorker ? "taken" : "withdrawn", respondedAt: ctx.now })
    .where(and(eq(assignmentRecipients.assignmentId, assignmentId), eq(assignmentRecipients.status, "invited")))
    .returning({ workerId: assignmentRecipients.workerId });
  const rejected = await tx
    .update(assignmentApplications)
    .set({ status: "rejected", decidedAt: ctx.now })
    .where(and(eq(assignmentApplications.assignmentId, assignmentId), eq(assignmentApplications.status, "pending")))
    .returning({ workerId: assignmentApplications.workerId });
  const ids = new Set([...closed, ...rejected].map((r) => r.workerId));
  if (exceptWorker) {
    ids.delete(exceptWorker);
  }
  return [...ids];
}

/** The client takes an assignment back to draft; open invitations close and their workers are told. */
export async function withdrawAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("withdraw");
    const told = await closeOffers(tx, ctx, id);
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: { invitationsExpireAt: null, completenessScore: null, completenessFindings: null },
      event: "assignment.withdrawn",
    });
    await notify(tx, ctx, told, row.id, {
      subject: `Withdrawn: ${row.title}`,
      text: `The client withdrew "${row.title}". Nothing is needed from you.`,
    });
    return assignmentView(tx, ctx, row);
  });
}
