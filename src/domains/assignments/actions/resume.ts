import type { Ctx } from "#platform/context";
import { lockForActor } from "../queries";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { notify } from "./notify";
import { saveAssignment } from "./save";

export async function resumeAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("resume");
    const row = await saveAssignment(tx, ctx, locked, { set: { holdReason: null }, event: "assignment.resumed" });
    await notify(tx, ctx, [row.assignedWorkerId], row.id, {
      subject: `Resumed: ${row.title}`,
      text: `"${row.title}" is no longer on hold; you can carry on.`,
    });
    return assignmentView(tx, ctx, row);
  });
}
