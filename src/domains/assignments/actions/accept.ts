import { userActor } from "#domains/accounts/index";
import { requirePolicies } from "#domains/policies/index";
import { requireRequirementsMet } from "#domains/talent/index";
import type { Ctx } from "#platform/context";
import { sendWithNextStatement } from "#platform/statement-rides";
import { followUps } from "../follow-up-steps";
import { runStepChecks } from "../hooks";
import { closeOffers } from "../invitation-steps";
import { gateOf } from "../requirements/gate";
import { lockForActor } from "../scope";
import { engage, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/**
 * First to accept wins. The row lock makes concurrent accepts queue: the first commits `assigned`, every later one
 * re-reads the row and is refused with 409 "Another worker accepted this assignment first."
 */
export async function acceptAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("accept");
    await requirePolicies(tx, ctx);
    locked.refuseIfWorkerBlocked();
    await requireRequirementsMet(tx, ctx, gateOf(locked.row), actor.userId);
    // Who else had an offer is not needed here: the statement rides with the next one (statement-rides.ts).
    await sendWithNextStatement(tx, () => closeOffers(tx, ctx, id, actor.userId));
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: engage(actor.userId),
      event: "assignment.accepted",
      data: { workerId: actor.userId },
      jobs: (saved) => followUps.confirmationAlert(saved, ctx.now),
      notice: (saved) => ({
        to: [saved.createdBy],
        subject: `Accepted: ${saved.title}`,
        text: `A worker accepted "${saved.title}" and is now assigned.`,
      }),
    });
    // A rule that refuses (funds short) rolls the notice back with everything else.
    await runStepChecks("assign", tx, ctx, row, locked);
    return closingView(tx, ctx, row);
  });
}
