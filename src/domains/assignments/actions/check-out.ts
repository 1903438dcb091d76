import type { Ctx } from "#platform/context";
import type { CheckIn } from "../contract";
import { lockForActor } from "../scope";
import { closeTimeLog, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The worker stops the clock (a break, the end of a day); checking in again resumes it. */
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
    return closingView(tx, ctx, row);
  });
}
