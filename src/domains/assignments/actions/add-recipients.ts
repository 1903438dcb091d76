import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import type { AddRecipients } from "../contract";
import { scheduleInvitationExpiry } from "../follow-up-steps";
import { runStepChecks } from "../hooks";
import { expiryOf, invite, resolveRecipients } from "../invitation-steps";
import { lockForActor } from "../scope";
import { saveAssignment } from "../steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** More workers for an assignment already out (or declined by everyone so far); it is open again. */
export async function addRecipients(ctx: Ctx, id: string, input: AddRecipients): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("addRecipients");
    await requirePolicies(tx, ctx);
    await runStepChecks("send", tx, ctx, locked.row, locked);
    const workerIds = await resolveRecipients(tx, locked.row.companyId, input.workerIds);
    const invited = await invite(tx, ctx, locked.row, workerIds);
    const lapsed = locked.row.invitationsExpireAt !== null && locked.row.invitationsExpireAt <= ctx.now;
    const expiry = input.invitationsExpireAt === undefined ? (lapsed ? null : undefined) : expiryOf(input, ctx.now);
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: expiry === undefined ? {} : { invitationsExpireAt: expiry },
      event: "assignment.recipients_added",
      data: { recipients: invited.length },
    });
    await scheduleInvitationExpiry(tx, ctx, row);
    return closingView(tx, ctx, row);
  });
}
