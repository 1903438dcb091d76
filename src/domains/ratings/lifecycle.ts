/**
 * Who may rate, reply and flag, and when (issue 14, item 1). Read by the actions (checkRule), the views' `actions`
 * lists and the routes' gates (routeAccess), so a rule is written once.
 */
import type { AssignmentStatus } from "#domains/assignments/index";
import type { CompanyRole } from "#platform/context";
import { allowedActions, checkRule, type PartyAccount, type Rule, routeAccess } from "#platform/rules";

/** On an assignment: a member of its company (by role) or its worker (`assignee`). */
export type Party = CompanyRole | "assignee";
/** On a rating: who wrote it, who it rates (by the rated side's role), or anyone else who may read it. */
export type RatingParty = "rater" | "rated" | "rated_member" | "reader";

export interface RateFacts {
  status: AssignmentStatus;
  /** A worker was assigned (always, except a cancellation before anyone took the work). */
  hadWorker: boolean;
  /** The ratings of this assignment are published: the blind period is over and nothing changes any more. */
  published: boolean;
}
export interface RatingFacts {
  status: "hidden" | "published";
  replied: boolean;
}

const raters = ["admin", "manager"] as const;
const rateable: AssignmentStatus[] = ["approved", "invoiced", "paid", "cancelled"];

export const rateRules: Record<"rate", Rule<AssignmentStatus, Party, RateFacts>> = {
  rate: {
    from: rateable,
    by: [...raters, "assignee"],
    guard: ({ hadWorker, published }) => {
      if (!hadWorker) {
        return "Nobody was assigned to this assignment, so there is nobody to rate.";
      }
      return published ? "The ratings of this assignment are published; they can no longer be given or changed." : null;
    },
    explain: (facts) =>
      rateable.includes(facts.status)
        ? null
        : "Ratings open once the work is approved, invoiced, paid or cancelled after assignment.",
  },
};

export type RatingAction = "reply" | "flag";
export const ratingRules: Record<RatingAction, Rule<RatingFacts["status"], RatingParty, RatingFacts>> = {
  reply: {
    from: ["published"],
    by: ["rated"],
    guard: ({ replied }) => (replied ? "A rating takes one public reply, and this one has it." : null),
  },
  flag: { from: ["published"], by: ["rated", "rated_member", "rater", "reader"] },
};

export function accountOf(party: Party): PartyAccount {
  return party === "assignee" ? { kind: "worker" } : { kind: "client", role: party };
}

export const checkRate = (facts: RateFacts, party: Party | null) =>
  checkRule(rateRules.rate, facts, party, { action: "rate", subject: "assignment" });
export const checkRating = (action: RatingAction, facts: RatingFacts, party: RatingParty | null) =>
  checkRule(ratingRules[action], facts, party, { action, subject: "rating" });
export const ratingActionsFor = (facts: RatingFacts, party: RatingParty | null) =>
  allowedActions(ratingRules, facts, party);
export const canRate = (facts: RateFacts, party: Party | null) => allowedActions(rateRules, facts, party).length > 0;

/** The rate route's gate: company admins and managers, and workers (the record decides which worker). */
export const rateAccess = routeAccess([rateRules.rate], accountOf);
