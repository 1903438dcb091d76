import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { checkProposal, sideOf } from "../lifecycle";
import { executeAgreement, lockProposal } from "../proposal-steps";
import { caseView, lockCase } from "../scope";
import { notifyParties, saveCase } from "../steps";
import { escalationProposals } from "../tables";
import type { EscalationView } from "../views";

/**
 * A party accepts a proposal (issue 15, item 5). The second side's acceptance executes it in this same transaction:
 * the money in the ledger, the assignment, and the case resolved. The case row lock puts concurrent accepts one after
 * the other, so the agreement executes once; a retry with the same Idempotency-Key replays the first answer.
 */
export async function acceptProposal(ctx: Ctx, id: string, proposalId: string): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const proposal = await lockProposal(tx, id, proposalId);
    checkProposal("accept", proposal, locked.party);
    const side = locked.party ? sideOf(locked.party) : null;
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    const answer =
      side === "worker"
        ? { workerAnswer: "accepted" as const }
        : { clientAnswer: "accepted" as const, clientAnsweredBy: me };
    const [updated] = await tx
      .update(escalationProposals)
      .set(answer)
      .where(eq(escalationProposals.id, proposalId))
      .returning();
    let row = await saveCase(tx, ctx, locked.row, {
      event: "escalation.proposal_accepted",
      data: { proposalId, side },
    });
    if (updated?.clientAnswer === "accepted" && updated.workerAnswer === "accepted") {
      row = await executeAgreement(tx, ctx, row, updated);
      await notifyParties(tx, ctx, row, {
        subject: "Your escalation case is resolved by agreement",
        text: `Both sides accepted the settlement (${updated.kind}); it has been carried out and the case is resolved.`,
      });
    } else {
      await notifyParties(tx, ctx, row, {
        subject: "A settlement proposal was accepted",
        text: `The ${side} accepted the proposed settlement (${updated?.kind}). It takes effect when the other side accepts too.`,
      });
    }
    return caseView(tx, ctx, id);
  });
}
