import type { Ctx } from "#platform/context";
import { runStepChecks } from "../hooks";
import { lockForActor } from "../scope";
import { approveLocked } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The client accepts the submitted work; payment follows in the payments domain (payment terms from here). */
export async function approveAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("approve"); // the lifecycle answers first (409), then the rules other domains add (hooks.ts)
    await runStepChecks("approve", tx, ctx, locked.row, locked);
    return closingView(tx, ctx, await approveLocked(tx, ctx, locked));
  });
}
