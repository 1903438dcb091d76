/** Turns an assignment row into what one party may see. Pure: scope.ts fetches, this decides. */
import type { Industry } from "#domains/companies/contract";
import type { Currency } from "#shared/money";
import { approvalWarnings } from "./approval-warnings";
import { completenessFor } from "./completeness";
import type { AssignmentStatus, Party, RecipientStatus } from "./contract";
import { escalationWindowClosesAt } from "./escalation-window";
import { companyOnlyLabels, labelsOf } from "./labels";
import { availableActions, type Facts } from "./lifecycle";
import { isClientParty } from "./party";
import { cancellationOffer } from "./pricing";
import { pricingOf, scheduleOf } from "./schedule";
import type { AssignmentRow } from "./scope";
import type { ApplicationView, AssignmentView, RecipientView, WorkerOutcome } from "./views";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export interface ViewParts {
  row: AssignmentRow;
  party: Party;
  facts: Facts;
  companyName: string;
  createdByName: string;
  assignedWorkerName: string | null;
  /** The calling worker's own invitation row, if any. */
  invitation: { status: RecipientStatus; reason: string | null } | null;
  recipients: RecipientView[];
  applications: ApplicationView[];
  timeLogs: AssignmentView["timeLogs"];
  deliverables: AssignmentView["deliverables"];
  requests: AssignmentView["requests"];
  companyScorecard: AssignmentView["companyScorecard"];
  fundsSecured: boolean;
  invoice: AssignmentView["invoice"];
  now: Date;
}

function moneyParts(row: AssignmentRow, party: Party, actions: AssignmentView["actions"], now: Date) {
  const currency = row.currency as Currency;
  const money = (amount: number) => ({ amount, currency });
  const offer = actions.includes("cancel")
    ? cancellationOffer({
        workerAssigned: row.assignedWorkerId !== null,
        startsAt: row.startsAt,
        now,
        price: row.maximumSpend,
        feePercent: row.cancellationFeePercent,
      })
    : null;
  const seesClaim = isClientParty(party) || party === "assignee" || party === "system";
  return {
    currency,
    // The ceiling submit enforces: the priced maximum plus accepted budget increases and expenses (requests). The
    // increases belong to the assigned worker's engagement, so other workers see the priced maximum, as in the inbox.
    maximumSpend: money(row.maximumSpend + (seesClaim ? row.extraBudget : 0)),
    claim:
      seesClaim && row.submittedAt
        ? {
            hours: row.claimedHours,
            units: row.claimedUnits,
            expenses: money(row.claimedExpenses ?? 0),
            total: money(row.claimedAmount ?? 0),
          }
        : null,
    cancellation: row.cancellationReason
      ? {
          reason: row.cancellationReason,
          fee: row.cancellationFee === null ? null : money(row.cancellationFee),
          feeOffered: row.cancellationFeeOffered ?? false,
        }
      : null,
    cancellationOffer: offer ? { suggestedFee: money(offer.suggestedFee), maximumFee: money(offer.maximumFee) } : null,
  };
}

/** Statuses in which a client-closed invitation means the assignment went back to (or stayed with) the client. */
const withClient: ReadonlySet<AssignmentStatus> = new Set(["draft", "sent", "declined"]);

/**
 * Where a worker stands who is no longer on the assignment (see WorkerOutcome). A `withdrawn` invitation is told
 * apart by where the assignment is now: back with the client, called off, or gone to another worker.
 */
export function workerOutcomeOf(
  party: Party,
  invitation: RecipientStatus | null,
  row: Pick<AssignmentRow, "status" | "invitationsExpireAt">,
  now: Date,
): WorkerOutcome | null {
  if (party !== "invitee" || !invitation) {
    return null;
  }
  switch (invitation) {
    case "invited":
      return row.invitationsExpireAt && row.invitationsExpireAt <= now ? "expired" : null;
    case "accepted":
      return null;
    case "withdrawn":
      if (row.status === "cancelled" || row.status === "void") {
        return "cancelled";
      }
      // Invitations closed by a winner before migration 0004 are "withdrawn" too; the row's status tells them apart.
      return withClient.has(row.status) ? "withdrawn" : "taken";
    default:
      return invitation;
  }
}

export function toAssignmentView(parts: ViewParts): AssignmentView {
  const { row, party, facts, now } = parts;
  const insider = isClientParty(party) || party === "assignee" || party === "system";
  const actions = availableActions(facts, party);
  return {
    id: row.id,
    company: { id: row.companyId, name: parts.companyName },
    createdBy: { id: row.createdBy, name: parts.createdByName },
    title: row.title,
    description: row.description,
    industry: row.industry as Industry | null,
    skills: row.skills,
    instructions: insider ? row.instructions : null,
    locationType: row.locationType,
    location: row.location,
    onsiteContact: insider ? row.onsiteContact : null,
    timeZone: row.timeZone,
    schedule: scheduleOf(row),
    deadline: iso(row.deadline),
    pricing: pricingOf(row),
    ...moneyParts(row, party, actions, now),
    paymentTermsDays: row.paymentTermsDays,
    autoApprovalHours: row.autoApprovalHours,
    confirmationHours: row.confirmationHours,
    routingMode: row.routingMode,
    invitationsExpireAt: iso(row.invitationsExpireAt),
    status: row.status,
    labels: labelsOf({ ...row, now }).filter((label) => isClientParty(party) || !companyOnlyLabels.includes(label)),
    actions,
    party,
    assignedWorker:
      row.assignedWorkerId && parts.assignedWorkerName
        ? { id: row.assignedWorkerId, name: parts.assignedWorkerName }
        : null,
    invitation: parts.invitation ? { ...parts.invitation, expiresAt: iso(row.invitationsExpireAt) } : null,
    workerOutcome: workerOutcomeOf(party, parts.invitation?.status ?? null, row, now),
    confirmedAt: iso(row.confirmedAt),
    holdReason: row.holdReason,
    autoApprovalHeld: row.autoApprovalHold !== null,
    autoApprovalDueAt: iso(row.autoApprovalDueAt),
    escalationWindowClosesAt: insider && party !== "system" ? iso(escalationWindowClosesAt(row)) : null,
    submissionNotes: insider ? row.submissionNotes : null,
    returnReason: insider ? row.returnReason : null,
    completeness: completenessFor(row, party, parts.deliverables.requirements.length, now),
    recipients: parts.recipients,
    applications: parts.applications,
    timeLogs: parts.timeLogs,
    deliverables: parts.deliverables,
    requests: parts.requests,
    companyScorecard: parts.companyScorecard,
    fundsSecured: parts.fundsSecured,
    invoice: parts.invoice,
    approvalWarnings:
      isClientParty(party) && row.status === "submitted"
        ? approvalWarnings({
            claimedHours: row.claimedHours,
            startsAt: row.startsAt,
            timeLogs: parts.timeLogs,
            deliverables: parts.deliverables,
          })
        : [],
    submittedAt: iso(row.submittedAt),
    approvedAt: iso(row.approvedAt),
    cancelledAt: iso(row.cancelledAt),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}
