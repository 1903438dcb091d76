/**
 * The case lifecycle (issue 15, items 1, 5 and 6; seed guideline: the team tracks the case and gives updates but
 * cannot force an outcome). One table read by the actions (checkRule), the views' `actions` and the routes' gate.
 *
 *   open ──reply/take──▶ in_review ──close──▶ closed        (team, with a written summary; nothing imposed)
 *     │                      │
 *     └──────withdraw────────┴──▶ withdrawn                  (the side that opened it)
 *                            └──agreement executed──▶ resolved   (both parties accepted a proposal)
 *
 * A proposal: pending ──accept (both sides)──▶ executed; ──decline (either side)──▶ declined; a newer proposal or the
 * case ending ──▶ superseded. A party's own proposal counts as their side's acceptance.
 */
import { allowedActions, checkRule, type Move, type PartyAccount, routeAccess } from "#platform/rules";
import {
  activeStatuses,
  type CaseAction,
  type CaseStatus,
  type Party,
  type ProposalAction,
  type ProposalStatus,
  type Side,
} from "./contract";

export interface CaseFacts {
  status: CaseStatus;
  openedBySide: "client" | "worker";
}

/** Company members who may speak for the company in a case; a viewer reads only. */
const clientWriters = ["admin", "manager", "finance"] as const;
const writers = [...clientWriters, "worker"] as const;
const active = activeStatuses;

export const sideOf = (party: Party): Side | null =>
  party === "worker" ? "worker" : party === "team" ? "team" : party === "system" ? null : "client";

export const caseRules: Record<CaseAction, Move<CaseStatus, Party, CaseFacts>> = {
  /** A party writes to the other party and the team. */
  message: { from: active, by: writers, to: "same" },
  /** The team writes to both parties: the first one is the first response, each one an update. */
  reply: { from: active, by: ["team"], to: "in_review" },
  /** A private staff note, never shown to the parties. */
  note: { from: active, by: ["team"], to: "same" },
  /** A team member takes the case (assigns it to themselves). */
  take: { from: active, by: ["team"], to: "in_review" },
  /** Without agreement the team closes the case with a written summary. */
  close: { from: active, by: ["team"], to: "closed" },
  /** The side that opened the case withdraws it (the other side may not: checked in the action, 403). */
  withdraw: {
    from: active,
    by: writers,
    to: "withdrawn",
    explain: (facts, party) =>
      sideOf(party) !== facts.openedBySide ? "Only the side that opened the case may withdraw it." : null,
  },
  /** A party or the team proposes a settlement; it supersedes the one still pending. */
  propose: { from: active, by: [...writers, "team"], to: "same" },
};

export interface ProposalFacts {
  status: ProposalStatus;
  clientAnswer: "accepted" | "declined" | null;
  workerAnswer: "accepted" | "declined" | null;
}

const answerOf = (facts: ProposalFacts, party: Party) => (party === "worker" ? facts.workerAnswer : facts.clientAnswer);

/**
 * Answers to a proposal: the worker, and for the company an admin or a finance member (an agreement may move money,
 * which only they may pay). Once both sides have accepted, it executes; a decline ends it.
 */
export const proposalRules: Record<ProposalAction, Move<ProposalStatus, Party, ProposalFacts>> = {
  accept: {
    from: ["pending"],
    by: ["admin", "finance", "worker"],
    to: "same",
    guard: (facts, party) => (answerOf(facts, party) ? "Your side has already answered this proposal." : null),
  },
  decline: {
    from: ["pending"],
    by: ["admin", "finance", "worker"],
    to: "declined",
    guard: (facts, party) => (answerOf(facts, party) ? "Your side has already answered this proposal." : null),
  },
};

export const checkProposal = (action: ProposalAction, facts: ProposalFacts, party: Party | null) =>
  checkRule(proposalRules[action], facts, party, { action, subject: "proposal" });

export const proposalActionsFor = (facts: ProposalFacts, party: Party | null) =>
  allowedActions(proposalRules, facts, party);

export function accountOf(party: Party): PartyAccount {
  if (party === "worker") {
    return { kind: "worker" };
  }
  if (party === "team") {
    return { kind: "staff" };
  }
  return party === "system" ? null : { kind: "client", role: party };
}

export function checkCase(action: CaseAction, facts: CaseFacts, party: Party | null): CaseStatus {
  if (action === "withdraw" && party !== null && party !== "team" && sideOf(party) !== facts.openedBySide) {
    return checkRule({ ...caseRules.withdraw, by: [] }, facts, party, { action, subject: "escalation case" });
  }
  return checkRule(caseRules[action], facts, party, { action, subject: "escalation case" });
}

export function caseActionsFor(facts: CaseFacts, party: Party | null): CaseAction[] {
  return allowedActions(caseRules, facts, party).filter(
    (action) => action !== "withdraw" || (party !== null && sideOf(party) === facts.openedBySide),
  );
}

/** A route's gate, derived from the rules (never listed by hand). */
export const accessFor = (...actions: CaseAction[]) =>
  routeAccess(
    actions.map((action) => caseRules[action]),
    accountOf,
  );

export const proposalAccessFor = (action: ProposalAction) => routeAccess([proposalRules[action]], accountOf);
