import type { Ctx } from "#platform/context";
import { lockForActor } from "../scope";
import { notify, releaseWorker } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The worker never came: recorded as a no-show against them, and the assignment can be sent again. */
export async function markNoShow(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("markNoShow");
    const workerId = locked.row.assignedWorkerId;
    const row = await releaseWorker(tx, ctx, locked, {
      status,
      event: "assignment.no_show_marked",
      outcome: "no_show",
    });
    await notify(tx, ctx, [workerId], row.id, {
      subject: `Recorded as a no-show: ${row.title}`,
      text: `The client recorded that you did not come to "${row.title}", and the assignment was taken off you. If this is wrong, reply through the assignment's messages or escalate.`,
    });
    return closingView(tx, ctx, row);
  });
}
