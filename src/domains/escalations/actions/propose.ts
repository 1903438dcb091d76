import type { Ctx } from "#platform/context";
import { type Currency, formatMoney } from "#shared/money";
import type { ProposeSettlement } from "../contract";
import { sideOf } from "../lifecycle";
import { assertSettleable } from "../proposal-steps";
import { caseView, lockCase } from "../scope";
import { notifyParties, saveCase, supersedePending } from "../steps";
import { escalationProposals } from "../tables";
import type { EscalationView } from "../views";

/**
 * A party or the team proposes a settlement (issue 15, item 5). It supersedes the one still pending; a party's own
 * proposal counts as their side's acceptance when they may accept (the worker, a company admin or finance member).
 */
export async function proposeSettlement(ctx: Ctx, id: string, input: ProposeSettlement): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    locked.check("propose");
    const side = locked.party ? sideOf(locked.party) : null;
    if (ctx.actor.kind !== "user" || !side) {
      throw new Error("a proposal needs a person");
    }
    await assertSettleable(tx, locked.row, input.kind);
    await supersedePending(tx, id);
    const mayAccept = locked.party === "admin" || locked.party === "finance";
    const [proposal] = await tx
      .insert(escalationProposals)
      .values({
        caseId: id,
        proposedBy: ctx.actor.userId,
        proposedBySide: side,
        kind: input.kind,
        amount: input.amount,
        dueAt: input.dueAt ? new Date(input.dueAt) : null,
        note: input.note,
        status: "pending",
        clientAnswer: side === "client" && mayAccept ? "accepted" : null,
        clientAnsweredBy: side === "client" && mayAccept ? ctx.actor.userId : null,
        workerAnswer: side === "worker" ? "accepted" : null,
        createdAt: ctx.now,
      })
      .returning();
    const row = await saveCase(tx, ctx, locked.row, {
      event: "escalation.proposed",
      data: { proposalId: proposal?.id, kind: input.kind, amount: input.amount, dueAt: input.dueAt, side },
    });
    const what =
      input.kind === "pay"
        ? `pay the worker ${formatMoney({ amount: input.amount ?? 0, currency: row.currency as Currency })}`
        : input.kind === "release"
          ? "release the client's funds (nothing paid, the assignment called off)"
          : `return the work for rework, due ${input.dueAt}`;
    await notifyParties(tx, ctx, row, {
      subject: "A settlement was proposed in your escalation case",
      text: `${side === "team" ? "The Escalations Team" : `The ${side}`} proposes to ${what}. It takes effect only when both sides accept it.`,
    });
    return caseView(tx, ctx, id);
  });
}
