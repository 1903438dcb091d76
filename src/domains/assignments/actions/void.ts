import type { Ctx } from "#platform/context";
import { lockForActor } from "../scope";
import { saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** A draft that will never go out; kept (not deleted) so its history stays readable. */
export async function voidAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("void");
    const row = await saveAssignment(tx, ctx, locked, { status, event: "assignment.voided" });
    return closingView(tx, ctx, row);
  });
}
