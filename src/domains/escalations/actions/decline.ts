import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { checkProposal, sideOf } from "../lifecycle";
import { lockProposal } from "../proposal-steps";
import { caseView, lockCase } from "../scope";
import { notifyParties, saveCase } from "../steps";
import { escalationProposals } from "../tables";
import type { EscalationView } from "../views";

/** A party declines a proposal: it ends, nothing happens, and the case goes on (issue 15, item 5). */
export async function declineProposal(ctx: Ctx, id: string, proposalId: string): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const proposal = await lockProposal(tx, id, proposalId);
    const status = checkProposal("decline", proposal, locked.party);
    const side = locked.party ? sideOf(locked.party) : null;
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    const answer =
      side === "worker"
        ? { workerAnswer: "declined" as const }
        : { clientAnswer: "declined" as const, clientAnsweredBy: me };
    await tx
      .update(escalationProposals)
      .set({ ...answer, status })
      .where(eq(escalationProposals.id, proposalId));
    const row = await saveCase(tx, ctx, locked.row, {
      event: "escalation.proposal_declined",
      data: { proposalId, side },
    });
    await notifyParties(tx, ctx, row, {
      subject: "A settlement proposal was declined",
      text: `The ${side} declined the proposed settlement (${proposal.kind}). The case stays open.`,
    });
    return caseView(tx, ctx, id);
  });
}
