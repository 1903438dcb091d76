import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The assigned worker confirms they will be there; clears the "not confirmed" label. */
export async function confirmAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("confirm");
    await requirePolicies(tx, ctx);
    const row = await saveAssignment(tx, ctx, locked, {
      set: { confirmedAt: ctx.now },
      event: "assignment.confirmed",
      data: { workerId: locked.row.assignedWorkerId },
    });
    await notify(tx, ctx, [row.createdBy], row.id, {
      subject: `Confirmed: ${row.title}`,
      text: `The assigned worker confirmed "${row.title}".`,
    });
    return closingView(tx, ctx, row);
  });
}
