import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import { lockForActor } from "../queries";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { notify } from "./notify";
import { saveAssignment } from "./save";

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
    return assignmentView(tx, ctx, row);
  });
}
