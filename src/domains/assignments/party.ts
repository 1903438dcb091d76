/**
 * Who the actor is to one assignment, and the facts the lifecycle rules read. Pure: the lock in queries.ts and the
 * views both call these, so an action and the `actions` list a view offers can never disagree.
 */
import type { Actor } from "#platform/context";
import type { PartyAccount } from "#platform/rules";
import type { AssignmentStatus, Party, RecipientStatus, RoutingMode } from "./contract";
import type { Facts } from "./lifecycle";

export interface PartyRow {
  companyId: string;
  assignedWorkerId: string | null;
}

/** A member of the owning company acts with their role; a worker as the assignee or an invitee; else nobody. */
export function partyOf(actor: Actor, row: PartyRow, isRecipient: boolean): Party | null {
  if (actor.kind === "system") {
    return "system";
  }
  if (actor.kind !== "user") {
    return null;
  }
  if (actor.accountType === "client" && actor.companyId === row.companyId && actor.companyRole) {
    return actor.companyRole;
  }
  if (actor.accountType === "worker") {
    if (row.assignedWorkerId === actor.userId) {
      return "assignee";
    }
    return isRecipient ? "invitee" : null;
  }
  return null;
}

export const isClientParty = (party: Party | null): party is "admin" | "manager" | "finance" | "viewer" =>
  party === "admin" || party === "manager" || party === "finance" || party === "viewer";

/** The account a party acts from, for the routes' gate (platform/rules.ts routeAccess); the system has no route. */
export function accountOf(party: Party): PartyAccount {
  if (isClientParty(party)) {
    return { kind: "client", role: party };
  }
  return party === "assignee" || party === "invitee" ? { kind: "worker" } : null;
}

export interface FactsRow {
  status: AssignmentStatus;
  routingMode: RoutingMode;
  holdReason: string | null;
  autoApprovalHold: string | null;
  confirmationHours: number;
  confirmedAt: Date | null;
  startsAt: Date | null;
  invitationsExpireAt: Date | null;
}

export function factsOf(
  row: FactsRow,
  context: { recipientStatus: RecipientStatus | null; checkedIn: boolean; applied: boolean },
  now: Date,
): Facts {
  return {
    status: row.status,
    routingMode: row.routingMode,
    onHold: row.holdReason !== null,
    autoApprovalHeld: row.autoApprovalHold !== null,
    confirmationHours: row.confirmationHours,
    confirmed: row.confirmedAt !== null,
    startsAt: row.startsAt,
    checkedIn: context.checkedIn,
    invitation: context.recipientStatus
      ? { status: context.recipientStatus, expiresAt: row.invitationsExpireAt }
      : null,
    applied: context.applied,
    now,
  };
}
