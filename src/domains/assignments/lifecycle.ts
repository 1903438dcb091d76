/**
 * Every status change an assignment can make (issue 3, Lifecycle). The actions, the `actions` list every view
 * carries to the web UI, and lifecycle.test.ts all read this table: a rule changes here or nowhere.
 */
import { Problem } from "#shared/problems";
import type { AssignmentAction, AssignmentStatus, Party, RecipientStatus, RoutingMode } from "./contract";

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

export interface Rule {
  from: readonly AssignmentStatus[];
  /** "same" when the action changes the assignment but not its status. */
  to: AssignmentStatus | "same";
  by: readonly Party[];
  guard?: Guard;
  /** A clearer refusal than the generic one, for the cases people actually hit. */
  refusal?: (facts: Facts, party: Party | null) => string | null;
}

export type Lifecycle = Record<AssignmentAction, Rule>;

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

const managers = ["admin", "manager"] as const;
const approvers = ["admin", "manager", "finance"] as const;
const live = ["assigned", "in_progress"] as const;

export const assignmentLifecycle: Lifecycle = {
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
    refusal: (facts, party) =>
      party === "assignee"
        ? "You already have this assignment."
        : ["assigned", "in_progress", "submitted", "approved", "paid"].includes(facts.status)
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
  /** Called by the payments domain when the invoice is paid. */
  markPaid: { from: ["approved"], to: "paid", by: ["system"] },
};

const pretty = (status: AssignmentStatus) => status.replace("_", " ");

/**
 * Checks one move and returns the status it leads to. Refuses with 409 `invalid_transition` (and the current status)
 * when the status does not allow it or a guard says no, and 403 when this party may never take it.
 */
export function transition(
  lifecycle: Lifecycle,
  action: AssignmentAction,
  facts: Facts,
  party: Party | null,
): AssignmentStatus {
  const rule = lifecycle[action];
  const extra = { currentStatus: facts.status, action };
  if (!rule.from.includes(facts.status)) {
    const detail =
      rule.refusal?.(facts, party) ?? `This is not possible while the assignment is ${pretty(facts.status)}.`;
    throw new Problem("invalid_transition", detail, extra);
  }
  if (!party || !rule.by.includes(party)) {
    throw new Problem("forbidden", `As ${party ?? "a visitor"} on this assignment you may not do this.`, extra);
  }
  const refusal = rule.guard?.(facts, party) ?? null;
  if (refusal) {
    throw new Problem("invalid_transition", refusal, extra);
  }
  return rule.to === "same" ? facts.status : rule.to;
}

/** The actions this party may take now: what every view carries, so the UI never re-implements a rule. */
export function availableActions(lifecycle: Lifecycle, facts: Facts, party: Party | null): AssignmentAction[] {
  if (!party) {
    return [];
  }
  return (Object.keys(lifecycle) as AssignmentAction[]).filter((action) => {
    const rule = lifecycle[action];
    return rule.from.includes(facts.status) && rule.by.includes(party) && !rule.guard?.(facts, party);
  });
}
