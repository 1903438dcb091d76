import { userActor } from "#domains/accounts/index";
import { requirePolicies } from "#domains/policies/index";
import { requireRequirementsMet } from "#domains/talent/index";
import type { Ctx } from "#platform/context";
import type { ApplyForAssignment } from "../contract";
import { maximumSpend } from "../pricing";
import { gateOf } from "../requirements/gate";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { assignmentApplications } from "../tables";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** An invitee applies, optionally countering on price (in the assignment's currency) or schedule. */
export async function applyForAssignment(ctx: Ctx, id: string, input: ApplyForAssignment): Promise<AssignmentView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    locked.check("apply");
    await requirePolicies(tx, ctx);
    locked.refuseIfWorkerBlocked();
    await requireRequirementsMet(tx, ctx, gateOf(locked.row), actor.userId);
    const pricing = input.counterOffer?.pricing ?? null;
    const schedule = input.counterOffer?.schedule ?? null;
    const [application] = await tx
      .insert(assignmentApplications)
      .values({
        assignmentId: id,
        workerId: actor.userId,
        status: "pending",
        message: input.message,
        proposedPricing: pricing,
        proposedSchedule: schedule,
        maximumSpend: pricing ? maximumSpend(pricing) : locked.row.maximumSpend,
        createdAt: ctx.now,
      })
      .returning({ id: assignmentApplications.id });
    const row = await saveAssignment(tx, ctx, locked, {
      event: "assignment.applied",
      data: {
        workerId: actor.userId,
        applicationId: application?.id,
        counterOffer: pricing !== null || schedule !== null,
      },
    });
    await notify(tx, ctx, [row.createdBy], row.id, {
      subject: `New application: ${row.title}`,
      text: `A worker applied for "${row.title}"${pricing || schedule ? " with a counter-offer" : ""}. Compare the applications and pick one.`,
    });
    return closingView(tx, ctx, row);
  });
}
