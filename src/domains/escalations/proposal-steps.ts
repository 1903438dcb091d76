/**
 * The steps of settlement proposals (issue 15, item 5), inside the caller's transaction: the proposal row lock,
 * superseding what is pending, and executing an agreement both parties accepted: the ledger (payments' hook) and
 * the assignment (assignments' hook) in the accepting request's one transaction, exactly once (the case row lock
 * orders concurrent accepts, the proposal moves to `executed` once, the ledger keys refuse a second payment).
 */
import { and, eq } from "drizzle-orm";
import { reworkPossible, type Settlement, settleByAgreement } from "#domains/assignments/index";
import { assignments } from "#domains/assignments/tables";
import { paySettlement } from "#domains/payments/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { CaseRow } from "./scope";
import { endCase } from "./steps";
import { escalationProposals } from "./tables";

export type ProposalRow = typeof escalationProposals.$inferSelect;

export const proposalNotFound = () =>
  new Problem("not_found", "No proposal with this id in this case.", { subjectType: "proposal" });

/** SELECT … FOR UPDATE of one proposal of a case the caller has already locked (and so may see). */
export async function lockProposal(tx: Executor, caseId: string, proposalId: string): Promise<ProposalRow> {
  const [row] = await tx
    .select()
    .from(escalationProposals)
    .where(and(eq(escalationProposals.id, proposalId), eq(escalationProposals.caseId, caseId)))
    .for("update");
  if (!row) {
    throw proposalNotFound();
  }
  return row;
}

/** Refuses rework once the work is approved, paid or cancelled (409 `settlement_not_possible`). */
export async function assertSettleable(tx: Executor, caseRow: CaseRow, kind: ProposalRow["kind"]): Promise<void> {
  if (kind !== "rework") {
    return;
  }
  const [work] = await tx
    .select({ status: assignments.status })
    .from(assignments)
    .where(eq(assignments.id, caseRow.assignmentId));
  if (!work || !reworkPossible(work.status)) {
    throw new Problem(
      "settlement_not_possible",
      `Rework can be agreed only while the work is in progress or waiting for approval; the assignment is ${work?.status ?? "gone"}.`,
      { assignmentStatus: work?.status ?? null },
    );
  }
}

const settlementOf = (proposal: ProposalRow): Settlement => {
  if (proposal.kind === "pay") {
    return { kind: "paid", amount: proposal.amount ?? 0 };
  }
  return proposal.kind === "release" ? { kind: "cancelled" } : { kind: "rework", dueAt: proposal.dueAt ?? new Date(0) };
};

/** Both parties accepted: move the money, settle the assignment, resolve the case. Once per proposal. */
export async function executeAgreement(tx: Executor, ctx: Ctx, caseRow: CaseRow, proposal: ProposalRow) {
  await assertSettleable(tx, caseRow, proposal.kind);
  if (proposal.kind !== "rework") {
    await paySettlement(tx, ctx, {
      key: `escalation-proposal:${proposal.id}`,
      assignmentId: caseRow.assignmentId,
      companyId: caseRow.companyId,
      workerId: caseRow.workerId,
      currency: caseRow.currency,
      amount: proposal.kind === "pay" ? (proposal.amount ?? 0) : 0,
    });
  }
  await settleByAgreement(tx, ctx, caseRow.assignmentId, settlementOf(proposal));
  await tx
    .update(escalationProposals)
    .set({ status: "executed", executedAt: ctx.now })
    .where(and(eq(escalationProposals.id, proposal.id), eq(escalationProposals.status, "pending")));
  return endCase(tx, ctx, caseRow, {
    status: "resolved",
    set: { closingSummary: `Resolved by agreement (${proposal.kind}).` },
    event: "escalation.resolved",
    data: { proposalId: proposal.id, kind: proposal.kind, amount: proposal.amount },
  });
}
