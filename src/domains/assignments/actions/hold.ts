import type { Ctx } from "#platform/context";
import type { Reason } from "../contract";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The client pauses the work with a reason: the "on hold" label; check-in and submit wait for resume. */
export async function holdAssignment(ctx: Ctx, id: string, input: Reason): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("hold");
    const row = await saveAssignment(tx, ctx, locked, {
      set: { holdReason: input.reason },
      event: "assignment.held",
      data: { reason: input.reason },
    });
    await notify(tx, ctx, [row.assignedWorkerId], row.id, {
      subject: `On hold: ${row.title}`,
      text: `The client put "${row.title}" on hold: ${input.reason}. Please wait until it resumes.`,
    });
    return closingView(tx, ctx, row);
  });
}
