import type { Ctx } from "#platform/context";
import { closeOffers } from "../invitation-steps";
import { lockForActor } from "../scope";
import { notify, saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The client takes an assignment back to draft; open invitations close and their workers are told. */
export async function withdrawAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("withdraw");
    const told = await closeOffers(tx, ctx, id);
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: { invitationsExpireAt: null, completenessScore: null, completenessFindings: null },
      event: "assignment.withdrawn",
    });
    await notify(tx, ctx, told, row.id, {
      subject: `Withdrawn: ${row.title}`,
      text: `The client withdrew "${row.title}". Nothing is needed from you.`,
    });
    return closingView(tx, ctx, row);
  });
}
