import type { Ctx } from "#platform/context";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

export async function resumeAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("resume");
    const row = await saveAssignment(tx, ctx, locked, { set: { holdReason: null }, event: "assignment.resumed" });
    await notify(tx, ctx, [row.assignedWorkerId], row.id, {
      subject: `Resumed: ${row.title}`,
      text: `"${row.title}" is no longer on hold; you can carry on.`,
    });
    return closingView(tx, ctx, row);
  });
}
