import { and, eq, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { CheckIn } from "../contract";
import { lockForActor } from "../queries";
import { assignmentTimeLogs } from "../tables";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { saveAssignment } from "./save";

/** Closes the open time log, if any (submitting, cancelling or leaving ends the clock too). */
export async function closeTimeLog(tx: Executor, now: Date, assignmentId: string, note?: string | null) {
  const [log] = await tx
    .update(assignmentTimeLogs)
    .set({ checkedOutAt: now, ...(note ? { note } : {}) })
    .where(and(eq(assignmentTimeLogs.assignmentId, assignmentId), isNull(assignmentTimeLogs.checkedOutAt)))
    .returning();
  return log ?? null;
}

export async function checkOutAssignment(ctx: Ctx, id: string, input: CheckIn): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("checkOut");
    const log = await closeTimeLog(tx, ctx.now, id, input.note);
    const minutes = log ? Math.round((ctx.now.getTime() - log.checkedInAt.getTime()) / 60_000) : 0;
    const row = await saveAssignment(tx, ctx, locked, {
      event: "assignment.checked_out",
      data: { workerId: locked.row.assignedWorkerId, minutes },
    });
    return assignmentView(tx, ctx, row);
  });
}
