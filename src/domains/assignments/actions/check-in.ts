import { userActor } from "#domains/accounts/index";
import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import type { CheckIn } from "../contract";
import { lockForActor } from "../scope";
import { saveAssignment } from "../steps";
import { openTimeLogWrite } from "../time-log-steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The worker starts (or resumes) work: opens a time log; the first check-in puts the assignment in progress. */
export async function checkInAssignment(ctx: Ctx, id: string, input: CheckIn): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("checkIn");
    await requirePolicies(tx, ctx);
    const workerId = userActor(ctx).userId;
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      event: "assignment.checked_in",
      data: { workerId },
      writes: [openTimeLogWrite(ctx.now, id, workerId, input.note ?? null)],
    });
    return closingView(tx, ctx, row);
  });
}
