import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Reason } from "../contract";
import type { Locked } from "../queries";
import { lockForActor } from "../queries";
import { closeOpenRequests } from "../requests/actions/save";
import { assignmentRecipients } from "../tables";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { closeTimeLog } from "./check-out";
import { notify } from "./notify";
import { saveAssignment } from "./save";

/** Takes the worker off the assignment (abandon, no-show): back to draft, ready to be sent again. */
export async function releaseWorker(
  tx: Executor,
  ctx: Ctx,
  locked: Locked,
  change: { status: Locked["row"]["status"]; event: string; data: Record<string, unknown> },
) {
  const workerId = locked.row.assignedWorkerId;
  if (workerId) {
    await tx
      .update(assignmentRecipients)
      .set({ status: "withdrawn", respondedAt: ctx.now })
      .where(and(eq(assignmentRecipients.assignmentId, locked.row.id), eq(assignmentRecipients.workerId, workerId)));
  }
  await closeTimeLog(tx, ctx.now, locked.row.id);
  await closeOpenRequests(tx, ctx, locked.row.id);
  return saveAssignment(tx, ctx, locked, {
    status: change.status,
    set: {
      assignedWorkerId: null,
      confirmedAt: null,
      holdReason: null,
      invitationsExpireAt: null,
      completenessScore: null,
      completenessFindings: null,
      openRequestCount: 0,
    },
    event: change.event,
    data: { workerId, ...change.data },
  });
}

/** The worker unassigns themself with a reason; it counts against them later (scorecards read this event). */
export async function abandonAssignment(ctx: Ctx, id: string, input: Reason): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("abandon");
    const row = await releaseWorker(tx, ctx, locked, {
      status,
      event: "assignment.abandoned",
      data: { reason: input.reason },
    });
    await notify(tx, ctx, [row.createdBy], row.id, {
      subject: `Abandoned: ${row.title}`,
      text: `The assigned worker left "${row.title}": ${input.reason}. It is back in draft; send it again.`,
    });
    return assignmentView(tx, ctx, row);
  });
}
