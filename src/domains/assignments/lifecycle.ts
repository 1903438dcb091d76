/**
 * Every status change an assignment can make (issue 3, Lifecycle). The actions, the `actions` list every view
 * carries to the web UI, and lifecycle.test.ts all read this table: a rule changes here or nowhere.
 */
import { allowedActions, checkRule, type Move, type Rule, routeAccess } from "#platform/rules";
import {
  type AssignmentAction,
  type AssignmentStatus,
  actionRefusals,
  type Party,
  type RecipientStatus,
  type RoutingMode,
} from "./contract";
import { accountOf } from "./party";

/** What the rules may look at: the assignment, the acting worker's invitation, and the clock. */
export interface Facts {
  status: AssignmentStatus;
  routingMode: RoutingMode;
  onHold: boolean;
  autoApprovalHeld: boolean;
  confirmationHours: number;
  confirmed: boolean;
  startsAt: Date | null;
  /** The assigned worker has an open time log. */
  checkedIn: boolean;
  /** The acting worker's invitation, when they have one. */
  invitation: { status: RecipientStatus; expiresAt: Date | null } | null;
  /** The acting worker already has a pending application. */
  applied: boolean;
  now: Date;
}

/** Returns why the move is refused right now, or null when it may go ahead. */
type Guard = (facts: Facts, party: Party) => string | null;

export type AssignmentRule = Move<AssignmentStatus, Party, Facts>;

const all =
  (...guards: Guard[]): Guard =>
  (facts, party) => {
    for (const guard of guards) {
      const refusal = guard(facts, party);
      if (refusal) {
        return refusal;
      }
    }
    return null;
  };

const invitationOpen: Guard = ({ invitation, now }) => {
  if (!invitation) {
    return "You were not invited to this assignment.";
  }
  if (invitation.status === "declined") {
    return "You already declined this assignment.";
  }
  if (invitation.status === "withdrawn") {
    return "This invitation was withdrawn.";
  }
  if (invitation.status === "abandoned" || invitation.status === "no_show") {
    return "You were taken off this assignment; the client can invite you again.";
  }
  if (invitation.status === "expired" || (invitation.expiresAt && invitation.expiresAt <= now)) {
    return "Your invitation to this assignment has expired.";
  }
  return invitation.status === "invited" ? null : "You already answered this invitation.";
};
const firstToAccept: Guard = ({ routingMode }) =>
  routingMode === "first_to_accept" ? null : "This assignment takes applications: apply instead of accepting.";
const takesApplications: Guard = ({ routingMode }) =>
  routingMode === "applications" ? null : "This assignment goes to the first worker who accepts: accept it instead.";
const notApplied: Guard = ({ applied }) => (applied ? "You already applied; the client will choose." : null);
const notOnHold: Guard = ({ onHold }) => (onHold ? "The client has put this assignment on hold." : null);
const onHold: Guard = ({ onHold }) => (onHold ? null : "This assignment is not on hold.");
const notCheckedIn: Guard = ({ checkedIn }) => (checkedIn ? "You are already checked in." : null);
const checkedIn: Guard = ({ checkedIn }) => (checkedIn ? null : "You are not checked in.");
const confirmationAsked: Guard = ({ confirmationHours, confirmed }) => {
  if (confirmationHours === 0) {
    return "This assignment does not ask for confirmation.";
  }
  return confirmed ? "You already confirmed this assignment." : null;
};
const startPassed: Guard = ({ startsAt, now }) =>
  startsAt && startsAt <= now ? null : "A no-show can only be recorded once the start time has passed.";
/** Escalations hold auto-approval here (holdAutoApproval); people can still approve by hand. */
const autoApprovalFree: Guard = ({ autoApprovalHeld }, party) =>
  party === "system" && autoApprovalHeld ? "Auto-approval is on hold for this assignment." : null;

/** The party groups every rule table of the domain names (here and in the sub-areas), written once. */
export const managers = ["admin", "manager"] as const;
export const approvers = [...managers, "finance"] as const;
const live = ["assigned", "in_progress"] as const;

export const assignmentLifecycle: Record<AssignmentAction, AssignmentRule> = {
  update: { from: ["draft", "sent", "declined", ...live], to: "same", by: managers },
  send: { from: ["draft"], to: "sent", by: managers },
  assign: { from: ["draft"], to: "assigned", by: managers },
  addRecipients: { from: ["sent", "declined"], to: "sent", by: managers },
  withdraw: { from: ["sent", "declined"], to: "draft", by: managers },
  accept: {
    from: ["sent"],
    to: "assigned",
    by: ["invitee"],
    guard: all(firstToAccept, invitationOpen),
    explain: (facts, party) =>
      party === "assignee"
        ? "You already have this assignment."
        : ["assigned", "in_progress", "submitted", "approved", "invoiced", "paid"].includes(facts.status)
          ? "Another worker accepted this assignment first."
          : null,
  },
  apply: { from: ["sent"], to: "same", by: ["invitee"], guard: all(takesApplications, invitationOpen, notApplied) },
  selectApplication: { from: ["sent", "declined"], to: "assigned", by: managers },
  decline: { from: ["sent"], to: "same", by: ["invitee"], guard: invitationOpen },
  /** Every invitation declined or expired and no application waiting: nobody can take it any more. */
  closeInvitations: { from: ["sent"], to: "declined", by: ["system"] },
  confirm: { from: ["assigned"], to: "same", by: ["assignee"], guard: confirmationAsked },
  checkIn: { from: live, to: "in_progress", by: ["assignee"], guard: all(notOnHold, notCheckedIn) },
  checkOut: { from: ["in_progress"], to: "same", by: ["assignee"], guard: checkedIn },
  submit: { from: live, to: "submitted", by: ["assignee"], guard: notOnHold },
  approve: { from: ["submitted"], to: "approved", by: [...approvers, "system"], guard: autoApprovalFree },
  return: { from: ["submitted"], to: "in_progress", by: approvers },
  /** A submitted assignment can still be called off (the work was not what was asked); the worker may escalate. */
  cancel: { from: ["sent", "declined", ...live, "submitted"], to: "cancelled", by: managers },
  abandon: { from: live, to: "draft", by: ["assignee"] },
  markNoShow: { from: ["assigned"], to: "draft", by: managers, guard: startPassed },
  hold: { from: live, to: "same", by: managers, guard: notOnHold },
  resume: { from: live, to: "same", by: managers, guard: onHold },
  void: { from: ["draft"], to: "void", by: managers },
  /** Called by the payments domain when it opens the approval's invoice (hooks.ts markInvoiced). */
  markInvoiced: { from: ["approved"], to: "invoiced", by: ["system"] },
  /**
   * Called by the payments domain when the invoice is paid. From `approved` too: assignments approved before the
   * `invoiced` status existed (their invoices already open) are still paid the way they were.
   */
  markPaid: { from: ["approved", "invoiced"], to: "paid", by: ["system"] },
};

/** Checks one move for this party and returns the status it leads to (see the refusal rule in platform/rules.ts). */
export function transition(action: AssignmentAction, facts: Facts, party: Party | null): AssignmentStatus {
  return checkRule(assignmentLifecycle[action], facts, party, { action, subject: "assignment" });
}

/** The actions this party may take now: what every view carries, so the UI never re-implements a rule. */
export function availableActions(facts: Facts, party: Party | null): AssignmentAction[] {
  return allowedActions(assignmentLifecycle, facts, party);
}

/** What the sub-areas' rules (deliverables, requests) read of an assignment: its status and whether it is on hold. */
export type RuleFacts = Pick<Facts, "status" | "onHold">;
/** A rule of a sub-area about one assignment, checked by the same helper with the same refusals. */
export type PartyRule = Rule<AssignmentStatus, Party, RuleFacts>;

/** Checks a sub-area's rule for the caller on one assignment (403 for the party, then 409 for the status). */
export const check = (rule: PartyRule, facts: RuleFacts, party: Party | null, action: string) =>
  checkRule(rule, facts, party, { action, subject: "assignment" });

/** A route's gate and refusals for sub-area rules, derived like the lifecycle's `accessFor` (never listed by hand). */
export const accessOf = (...rules: PartyRule[]) => ({ ...routeAccess(rules, accountOf), problems: actionRefusals });

/**
 * A route's gate and refusals for these actions, derived from the table: who may call it (platform/rules.ts
 * routeAccess) and what the rules answer the rest (403 for the party, 409 for the moment). A route whose action also
 * needs accepted policies (or can answer more) lists its problems instead.
 */
export const accessFor = (...actions: AssignmentAction[]) => ({
  ...routeAccess(
    actions.map((action) => assignmentLifecycle[action]),
    accountOf,
  ),
  problems: actionRefusals,
});
