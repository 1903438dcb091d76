/**
 * What the assignment API answers (the other half of the contract; contract.ts holds the vocabulary and what is
 * sent): the per-party AssignmentView every read and action returns, the timeline, the draft preview, the client's
 * list and the worker's inbox. Browser-safe like contract.ts: zod, #shared and other contracts only.
 */
import { z } from "zod";
import { Industry } from "#domains/companies/contract";
import { PoolReach } from "#domains/talent/matching/contract";
import { AssignmentInvoice } from "#shared/assignment-invoice";
import { Id, Location } from "#shared/fields";
import { Currency } from "#shared/money";
import { ScorecardSummary } from "#shared/scorecard-summary";
import { Timestamp } from "#shared/time";
import {
  ApplicationStatus,
  AssignmentAction,
  AssignmentLabel,
  AssignmentStatus,
  LocationType,
  OnsiteContact,
  Party,
  Pricing,
  RecipientStatus,
  RoutingMode,
  Schedule,
} from "./contract";
import { DeliverablesView } from "./deliverables/contract";
import { RequestView } from "./requests/contract";

export const MoneyView = z.object({ amount: z.number().int(), currency: Currency });
export const PersonRef = z.object({ id: Id, name: z.string() });

export const findingSeverities = ["blocker", "warning", "tip"] as const;
export const Finding = z.object({
  code: z.string(),
  severity: z.enum(findingSeverities),
  message: z.string(),
  field: z.string().nullable(),
});
export type Finding = z.infer<typeof Finding>;
/** The completeness report: a score out of 100 and what lowered it. Advisory: the client can still send. */
export const Completeness = z.object({ score: z.number().int().min(0).max(100), findings: z.array(Finding) });
export type Completeness = z.infer<typeof Completeness>;

/** What POST /assignments/preview answers for a draft being typed; no maximum spend until the pricing is whole. */
export const AssignmentPreview = z.object({ completeness: Completeness, maximumSpend: MoneyView.nullable() });
export type AssignmentPreview = z.infer<typeof AssignmentPreview>;

export const RecipientView = z.object({
  worker: PersonRef,
  status: RecipientStatus,
  invitedAt: Timestamp,
  respondedAt: Timestamp.nullable(),
  /** The worker's own words: why they declined, or why they abandoned the work. */
  reason: z.string().nullable(),
});
export type RecipientView = z.infer<typeof RecipientView>;

export const ApplicationView = z.object({
  id: Id,
  worker: PersonRef,
  status: ApplicationStatus,
  message: z.string().nullable(),
  counterOffer: z.object({ pricing: Pricing.nullable(), schedule: Schedule.nullable() }).nullable(),
  /** The maximum spend if this application is chosen. */
  maximumSpend: MoneyView,
  createdAt: Timestamp,
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const TimeLogView = z.object({
  id: Id,
  checkedInAt: Timestamp,
  checkedOutAt: Timestamp.nullable(),
  minutes: z.number().int().nullable(),
  note: z.string().nullable(),
  /** Checked in more than CHECK_IN_EARLY_MINUTES (default 120) before the scheduled start. */
  early: z.boolean(),
});
export type TimeLogView = z.infer<typeof TimeLogView>;

export const approvalWarningCodes = [
  "claim_exceeds_logged_time",
  "no_deliverables",
  "deliverables_missing",
  "early_check_in",
] as const;
export const ApprovalWarning = z.object({ code: z.enum(approvalWarningCodes), message: z.string() });
export type ApprovalWarning = z.infer<typeof ApprovalWarning>;

export const workerOutcomes = [
  "declined",
  "expired",
  "withdrawn",
  "taken",
  "cancelled",
  "abandoned",
  "no_show",
] as const;
/**
 * What happened to a worker who was sent or given the assignment and is no longer on it, from their side: the
 * assignment's own status (a draft again, another worker's `assigned`) is not theirs. `withdrawn`: the client took
 * the invitation back; `taken`: another worker got it; `cancelled`: the client called it off.
 */
export const WorkerOutcome = z.enum(workerOutcomes);
export type WorkerOutcome = z.infer<typeof WorkerOutcome>;

/** One assignment as the caller may see it: instructions and the site contact stay hidden until a worker is assigned. */
export const AssignmentView = z
  .object({
    id: Id,
    company: PersonRef,
    createdBy: PersonRef,
    title: z.string(),
    description: z.string(),
    industry: Industry.nullable(),
    skills: z.array(z.string()),
    instructions: z.string().nullable(),
    locationType: LocationType,
    location: Location.nullable(),
    onsiteContact: OnsiteContact.nullable(),
    timeZone: z.string(),
    schedule: Schedule.nullable(),
    deadline: Timestamp.nullable(),
    pricing: Pricing,
    currency: Currency,
    /** The most a claim may reach: the priced maximum plus accepted budget increases and expense reimbursements. */
    maximumSpend: MoneyView,
    paymentTermsDays: z.number().int(),
    autoApprovalHours: z.number().int(),
    confirmationHours: z.number().int(),
    routingMode: RoutingMode,
    invitationsExpireAt: Timestamp.nullable(),
    status: AssignmentStatus,
    labels: z.array(AssignmentLabel),
    /** What the caller may do now, from the lifecycle table; the UI shows buttons from this list only. */
    actions: z.array(AssignmentAction),
    party: Party,
    assignedWorker: PersonRef.nullable(),
    /** The calling worker's own invitation, if any, with the reason they gave when declining or abandoning. */
    invitation: z
      .object({ status: RecipientStatus, expiresAt: Timestamp.nullable(), reason: z.string().nullable() })
      .nullable(),
    /** For a worker no longer on it (see WorkerOutcome); null for the client and for a worker still invited or on it. */
    workerOutcome: WorkerOutcome.nullable(),
    confirmedAt: Timestamp.nullable(),
    holdReason: z.string().nullable(),
    autoApprovalHeld: z.boolean(),
    autoApprovalDueAt: Timestamp.nullable(),
    /**
     * For the client and the assigned worker: the last moment either may open an escalation case (60 days after the
     * last status change, in progress to paid or cancelled); null in other statuses and for other workers.
     */
    escalationWindowClosesAt: Timestamp.nullable(),
    claim: z
      .object({ hours: z.number().nullable(), units: z.number().nullable(), expenses: MoneyView, total: MoneyView })
      .nullable(),
    submissionNotes: z.string().nullable(),
    returnReason: z.string().nullable(),
    cancellation: z.object({ reason: z.string(), fee: MoneyView.nullable(), feeOffered: z.boolean() }).nullable(),
    /** Offered to the client when cancelling now would be late (a worker assigned, under 24 h to the start). */
    cancellationOffer: z.object({ suggestedFee: MoneyView, maximumFee: MoneyView }).nullable(),
    /** Null for a worker looking at a draft they came off: a draft's live score is the client's business. */
    completeness: Completeness.nullable(),
    recipients: z.array(RecipientView),
    applications: z.array(ApplicationView),
    timeLogs: z.array(TimeLogView),
    /** What the worker hands in and what is still missing (deliverables sub-area; definitions only for invitees). */
    deliverables: DeliverablesView,
    /** Budget, schedule, expense and bonus requests the caller may see (requests sub-area). */
    requests: z.array(RequestView),
    /** The company's compact scorecard (ratings domain, through hooks.ts provideCompanySummary); null without it. */
    companyScorecard: ScorecardSummary.nullable(),
    /** The maximum spend is held in the company's committed funds, or will be when a worker is assigned (payments). */
    fundsSecured: z.boolean(),
    /** Its invoice, for the company and the assigned worker, once approval (or a paid cancellation fee) opened it. */
    invoice: AssignmentInvoice.nullable(),
    /**
     * For the client while the work waits for approval: what to look at first (claim above the time logged, nothing
     * or not everything handed in, an early check-in). Empty otherwise.
     */
    approvalWarnings: z.array(ApprovalWarning),
    submittedAt: Timestamp.nullable(),
    approvedAt: Timestamp.nullable(),
    cancelledAt: Timestamp.nullable(),
    createdAt: Timestamp,
    updatedAt: Timestamp,
    version: z.number().int(),
  })
  .meta({
    // One component in openapi.json, referenced by the ~25 routes that answer with an assignment (was 33 KB each).
    id: "AssignmentView",
  });
export type AssignmentView = z.infer<typeof AssignmentView>;

/** What sending answers: the assignment, and what the talent pools reached (null without pools). */
export const SentAssignment = AssignmentView.extend({ poolReach: PoolReach.nullable() });
export type SentAssignment = z.infer<typeof SentAssignment>;

export const TimelineEntry = z.object({
  id: Id,
  at: Timestamp,
  action: z.string(),
  actor: z.object({ kind: z.string(), id: Id.nullable(), name: z.string().nullable() }),
  data: z.record(z.string(), z.unknown()),
});
export const Timeline = z.object({ items: z.array(TimelineEntry) });
export type Timeline = z.infer<typeof Timeline>;

const csv = <T extends z.ZodType>(item: T) =>
  z.preprocess((v) => (typeof v === "string" ? v.split(",").filter(Boolean) : v), z.array(item).max(20));

export const AssignmentQuery = z.strictObject({
  status: csv(AssignmentStatus).optional(),
  label: AssignmentLabel.optional(),
  /** Scheduled start on or after / before. */
  from: Timestamp.optional(),
  to: Timestamp.optional(),
  workerId: Id.optional(),
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type AssignmentQuery = z.infer<typeof AssignmentQuery>;

export const AssignmentSummary = z.object({
  id: Id,
  title: z.string(),
  status: AssignmentStatus,
  labels: z.array(AssignmentLabel),
  locationType: LocationType,
  city: z.string().nullable(),
  schedule: Schedule.nullable(),
  /** The ceiling: the priced maximum plus accepted increases. */
  maximumSpend: MoneyView,
  /** The claim the client approved, once approved (and when paid); null before. */
  approvedAmount: MoneyView.nullable(),
  /** When the work was handed in for approval (how long it has waited); null before. */
  submittedAt: Timestamp.nullable(),
  assignedWorker: PersonRef.nullable(),
  createdAt: Timestamp,
});
export type AssignmentSummary = z.infer<typeof AssignmentSummary>;

export const AssignmentTotal = z.object({
  status: AssignmentStatus,
  count: z.number().int(),
  /** The sum of the ceilings. */
  maximumSpend: MoneyView,
  /** What the money figure of this status is: approved amounts for approved and paid, ceilings for the rest. */
  amount: MoneyView,
});
export const AssignmentList = z.object({
  items: z.array(AssignmentSummary),
  nextCursor: z.string().nullable(),
  /** How many assignments match every filter, on all pages. */
  total: z.number().int(),
  /** Per status and currency over every filter except status, so tabs can show their counts. */
  totals: z.array(AssignmentTotal),
});
export type AssignmentList = z.infer<typeof AssignmentList>;

export const InboxQuery = z.strictObject({
  status: RecipientStatus.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(500).optional(),
});
export type InboxQuery = z.infer<typeof InboxQuery>;

/** An assignment sent to the worker, with what they need to decide: who, how much, when, how far. */
export const InboxItem = z.object({
  id: Id,
  title: z.string(),
  status: AssignmentStatus,
  company: z.object({ id: Id, name: z.string(), profileUrl: z.string() }),
  pricing: Pricing,
  maximumSpend: MoneyView,
  locationType: LocationType,
  city: z.string().nullable(),
  schedule: Schedule.nullable(),
  timeZone: z.string(),
  routingMode: RoutingMode,
  distanceKm: z.number().nullable(),
  /** Null on a draft (the worker came off it): its live score is the client's business. */
  completeness: Completeness.nullable(),
  invitation: z.object({ status: RecipientStatus, invitedAt: Timestamp, expiresAt: Timestamp.nullable() }),
  assignedToMe: z.boolean(),
  actions: z.array(AssignmentAction),
  companyScorecard: ScorecardSummary.nullable(),
});
export type InboxItem = z.infer<typeof InboxItem>;
export const Inbox = z.object({ items: z.array(InboxItem), nextCursor: z.string().nullable() });
export type Inbox = z.infer<typeof Inbox>;
