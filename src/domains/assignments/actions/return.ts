import type { Ctx } from "#platform/context";
import type { Reason } from "../contract";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The client sends the work back with a reason; it is in progress again and the auto-approval clock stops. */
export async function returnAssignment(ctx: Ctx, id: string, input: Reason): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("return");
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: { returnReason: input.reason, submittedAt: null, autoApprovalDueAt: null },
      event: "assignment.returned",
      data: { reason: input.reason },
    });
    await notify(tx, ctx, [row.assignedWorkerId], row.id, {
      subject: `Returned: ${row.title}`,
      text: `The client returned "${row.title}" to you: ${input.reason}`,
    });
    return closingView(tx, ctx, row);
  });
}
