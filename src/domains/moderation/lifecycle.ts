/**
 * The sanction lifecycle (issue 15, item 9). One table read by the actions (checkRule), the views' `actions` and the
 * routes' gate:
 *
 *   active ──appeal (once)──▶ appealed ──uphold / shorten──▶ active
 *     │                          └──────lift──────────────▶ lifted
 *     └──────── end date (the job) ──────┴──▶ ended
 *
 * An appealed sanction stays in force until it is reviewed. The issuer is a party of their own: they may never
 * review the appeal (403), so a second pair of eyes is a rule of the table, not a check in an action.
 */
import { allowedActions, checkRule, type Move, type PartyAccount, routeAccess } from "#platform/rules";
import { inForceStatuses, type SanctionAction, type SanctionParty, type SanctionStatus } from "./contract";

export interface SanctionFacts {
  status: SanctionStatus;
  appealedAt: Date | null;
}

const explainReview = (_facts: SanctionFacts, party: SanctionParty) =>
  party === "issuer" ? "An appeal is reviewed by a different staff member than the one who issued the sanction." : null;

export const sanctionRules: Record<SanctionAction, Move<SanctionStatus, SanctionParty, SanctionFacts>> = {
  appeal: {
    from: ["active"],
    by: ["party"],
    to: "appealed",
    guard: (facts) => (facts.appealedAt ? "A sanction may be appealed once, and this one was." : null),
    explain: (facts) => (facts.status === "appealed" ? "A sanction may be appealed once, and this one was." : null),
  },
  uphold: { from: ["appealed"], by: ["reviewer"], to: "active", explain: explainReview },
  shorten: { from: ["appealed"], by: ["reviewer"], to: "active", explain: explainReview },
  lift: { from: ["appealed"], by: ["reviewer"], to: "lifted", explain: explainReview },
  expire: { from: inForceStatuses, by: ["system"], to: "ended" },
};

export function checkSanction(action: SanctionAction, facts: SanctionFacts, party: SanctionParty | null) {
  return checkRule(sanctionRules[action], facts, party, { action, subject: "sanction" });
}

export const sanctionActionsFor = (facts: SanctionFacts, party: SanctionParty | null) =>
  allowedActions(sanctionRules, facts, party).filter((action) => action !== "expire");

/** The party appeals from their own account (a person, or an admin for a company); staff review. */
export function accountOf(party: SanctionParty): PartyAccount {
  if (party === "reviewer" || party === "issuer") {
    return { kind: "staff" };
  }
  return null;
}

export const accessFor = (action: SanctionAction) => routeAccess([sanctionRules[action]], accountOf);

/** The review outcome's rule. */
export const reviewAction = { upheld: "uphold", shortened: "shorten", lifted: "lift" } as const;
