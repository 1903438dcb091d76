import type { Ctx } from "#platform/context";
import type { Reason } from "../contract";
import { lockForActor } from "../scope";
import { notify, releaseWorker } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The worker unassigns themself with a reason; it counts against them later (scorecards read this event). */
export async function abandonAssignment(ctx: Ctx, id: string, input: Reason): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("abandon");
    const row = await releaseWorker(tx, ctx, locked, {
      status,
      event: "assignment.abandoned",
      outcome: "abandoned",
      reason: input.reason,
    });
    await notify(tx, ctx, [row.createdBy], row.id, {
      subject: `Abandoned: ${row.title}`,
      text: `The assigned worker left "${row.title}": ${input.reason}. It is back in draft; send it again.`,
    });
    return closingView(tx, ctx, row);
  });
}
