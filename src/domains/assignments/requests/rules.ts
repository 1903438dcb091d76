/**
 * Who asks and who answers each request, and while the assignment is in which status (issue 3, Lifecycle: "request a
 * budget increase, a reschedule, expense reimbursement, or the client offers a bonus, each accepted or declined by
 * the other side"). Finance may answer what costs money; a schedule is the managers' call. Pure.
 */

import { allows } from "#platform/rules";
import type { Party } from "../contract";
import { approvers, managers, type PartyRule, type RuleFacts } from "../lifecycle";
import type { RequestKind, RequestStatus, requestVerbs } from "./contract";

const live = ["assigned", "in_progress"] as const;

// biome-ignore format: one kind per line: who makes it, who answers it, in which statuses.
export const requestRules: Record<RequestKind, { make: PartyRule; answer: PartyRule }> = {
  budget_increase: { make: { from: live, by: ["assignee"] }, answer: { from: [...live, "submitted"], by: approvers } },
  reschedule:      { make: { from: live, by: ["assignee"] }, answer: { from: live, by: managers } },
  expense:         { make: { from: live, by: ["assignee"] }, answer: { from: [...live, "submitted"], by: approvers } },
  bonus:           { make: { from: [...live, "submitted"], by: approvers }, answer: { from: [...live, "submitted"], by: ["assignee"] } },
};

/** The asking side takes a request back while it could still be answered. */
export const withdrawRule = (kind: RequestKind): PartyRule => ({
  from: requestRules[kind].answer.from,
  by: requestRules[kind].make.by,
});

/** Accepting these raises the most a claim may reach (the assignment's extra budget). */
export const raisesCeiling = (kind: RequestKind): boolean => kind === "budget_increase" || kind === "expense";

/** Accepting these raises what the company may owe: the ceiling's kinds, and a bonus (paid on top of the claim). */
export const raisesOwed = (kind: RequestKind): boolean => raisesCeiling(kind) || kind === "bonus";

export function verbsFor(
  request: { kind: RequestKind; status: RequestStatus },
  facts: RuleFacts,
  party: Party | null,
): (typeof requestVerbs)[number][] {
  if (request.status !== "pending") {
    return [];
  }
  const answer = allows(requestRules[request.kind].answer, facts, party);
  const withdraw = allows(withdrawRule(request.kind), facts, party);
  return [...(answer ? (["accept", "decline"] as const) : []), ...(withdraw ? (["withdraw"] as const) : [])];
}

export function kindsMadeBy(facts: RuleFacts, party: Party | null): RequestKind[] {
  return (Object.keys(requestRules) as RequestKind[]).filter((kind) => allows(requestRules[kind].make, facts, party));
}
