import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  bigserial,
  boolean,
  check,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { requirementSets } from "#domains/talent/tables";
import type { Location } from "#shared/fields";
import { currencies } from "#shared/money";
import {
  applicationStatuses,
  assignmentStatuses,
  locationTypes,
  type OnsiteContact,
  type Pricing,
  pricingTypes,
  recipientStatuses,
  routingModes,
  type Schedule,
  scheduleTypes,
} from "./contract";
import type { Finding } from "./views";

const at = () => timestamp({ withTimezone: true, mode: "date" });
/** Integer minor units; the CHECK keeps every amount exact in both drivers (see shared/money.ts). */
const money = () => bigint({ mode: "number" });
/** Hours and units with two decimals, read as exact JS numbers. */
const quantity = () => numeric({ precision: 10, scale: 2, mode: "number" });
const inMoneyRange = (column: AnyPgColumn) => sql`${column} >= 0 AND ${column} <= 9007199254740991`;
const currencyList = sql.raw(
  Object.keys(currencies)
    .map((c) => `'${c}'`)
    .join(", "),
);
export const assignmentStatus = pgEnum("assignment_status", assignmentStatuses);
export const locationType = pgEnum("assignment_location_type", locationTypes);
export const scheduleType = pgEnum("assignment_schedule_type", scheduleTypes);
export const pricingType = pgEnum("assignment_pricing_type", pricingTypes);
export const routingMode = pgEnum("assignment_routing_mode", routingModes);
export const recipientStatus = pgEnum("assignment_recipient_status", recipientStatuses);
export const applicationStatus = pgEnum("assignment_application_status", applicationStatuses);
export const assignments = pgTable(
  "assignments",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    description: text().notNull(),
    industry: text(),
    skills: text().array().notNull(),
    instructions: text().notNull(),
    locationType: locationType().notNull(),
    location: jsonb().$type<Location>(),
    requirementSetId: uuid().references(() => requirementSets.id), // what workers must meet (talent, issue 12)
    onsiteContact: jsonb().$type<OnsiteContact>(),
    timeZone: text().notNull(),
    scheduleType: scheduleType(),
    startsAt: at(),
    endsAt: at(),
    deadline: at(),
    // Pricing: which columns are set depends on the type (see the CHECK below and pricing.ts).
    pricingType: pricingType().notNull(),
    /** flat: the price; blended: the amount covering the first `flatHours`. */
    flatAmount: money(),
    /** hourly, per unit, and blended beyond the flat hours. */
    rate: money(),
    flatHours: quantity(),
    /** hourly and blended: max hours; per unit: max units. */
    maxQuantity: quantity(),
    unitName: text(),
    currency: text().notNull(),
    // Written with the pricing from pricing.ts, so the filtered totals sum it in SQL without copying pricing.ts.
    maximumSpend: money().notNull(),
    /**
     * Approved budget increases and expense reimbursements raise the ceiling a claim may reach (requests). Kept on the
     * row, not summed from the requests: a list page of 25 reads it in 0.66 ms against 1.0 ms summed per row
     * (PGlite 1.8 vs 2.7 ms; issue 8, bench cached-state), and the totals' deltas need it at every write anyway.
     */
    extraBudget: money().notNull().default(0),
    paymentTermsDays: integer().notNull(),
    autoApprovalHours: integer().notNull(),
    confirmationHours: integer().notNull(),
    /** The company's suggested late-cancellation fee, as posted. */
    cancellationFeePercent: integer().notNull(),
    routingMode: routingMode().notNull(),
    invitationsExpireAt: at(),
    status: assignmentStatus().notNull(),
    /** When the status last changed (saveAssignment): the escalation window counts from it (escalation-window.ts). */
    statusChangedAt: at(),
    assignedWorkerId: uuid().references(() => users.id),
    confirmedAt: at(),
    holdReason: text(),
    /** The one place auto-approval pauses (escalations call holdAutoApproval / releaseAutoApproval). */
    autoApprovalHold: text(),
    autoApprovalHeldAt: at(),
    autoApprovalDueAt: at(),
    cancellationReason: text(),
    /** A recorded obligation for payments to settle, not a transfer. */
    cancellationFee: money(),
    cancellationFeeOffered: boolean(),
    claimedHours: quantity(),
    claimedUnits: quantity(),
    claimedExpenses: money(),
    claimedAmount: money(),
    submissionNotes: text(),
    returnReason: text(),
    submittedAt: at(),
    approvedAt: at(),
    paidAt: at(),
    cancelledAt: at(),
    /** The completeness report as it stood when sent; drafts are scored live. */
    completenessScore: integer(),
    completenessFindings: jsonb().$type<Finding[]>(),
    /**
     * Maintained by the requests sub-area: requests awaiting an answer (label request_pending). A list page of 25
     * reads it in 0.70 ms against 0.84 ms counted per row (issue 8, bench cached-state); the request_pending filter
     * alone would be faster without it (1.0 vs 1.8 ms, PGlite alike), but the page is what every list view pays.
     */
    openRequestCount: integer().notNull().default(0),
    /** Kept by messages (hooks.ts setOpenQuestionCount): unanswered questions, label question_open. A page of 25: 0.54
     * ms against 0.65 with an EXISTS on messages per row; the filter 0.87 vs 0.96 ms (issue 13, bench cached-state). */
    openQuestionCount: integer().notNull().default(0),
    /**
     * Maintained by the deliverables sub-area: earliest due time of a missing deliverable (label deliverable_late). A
     * list page reads it in 0.64 ms against 0.97 ms computed per row; the filter 0.48 vs 1.07 ms (PGlite 1.9 vs 4.2).
     */
    deliverablesDueAt: at(),
    version: integer().notNull().default(1),
    createdAt: at().notNull(),
    updatedAt: at().notNull(),
  },
  (t) => [
    // The client list: newest first within a company, optionally one status. NULLS FIRST is what ORDER BY … DESC
    // means; drizzle's default (NULLS LAST) would keep the planner from reading the index in order.
    index("assignments_company_created_idx").on(t.companyId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("assignments_company_status_created_idx").on(
      t.companyId,
      t.status,
      t.createdAt.desc().nullsFirst(),
      t.id.desc().nullsFirst(),
    ),
    // Covers the filtered totals (count and maximum spend per status and currency) with an index-only scan.
    index("assignments_company_totals_idx").on(t.companyId, t.status, t.currency, t.maximumSpend),
    index("assignments_worker_idx").on(t.assignedWorkerId, t.status),
    index("assignments_auto_approval_idx").on(t.autoApprovalDueAt).where(sql`status = 'submitted'`),
    check("assignments_currency", sql`${t.currency} IN (${currencyList})`),
    check(
      "assignments_money",
      sql`${inMoneyRange(t.maximumSpend)} AND ${inMoneyRange(t.extraBudget)}
        AND (${t.flatAmount} IS NULL OR ${inMoneyRange(t.flatAmount)}) AND (${t.rate} IS NULL OR ${inMoneyRange(t.rate)})
        AND (${t.cancellationFee} IS NULL OR ${inMoneyRange(t.cancellationFee)})
        AND (${t.claimedExpenses} IS NULL OR ${inMoneyRange(t.claimedExpenses)})
        AND (${t.claimedAmount} IS NULL OR ${inMoneyRange(t.claimedAmount)})`,
    ),
    check(
      "assignments_pricing",
      sql`CASE ${t.pricingType}
        WHEN 'flat' THEN ${t.flatAmount} IS NOT NULL AND ${t.rate} IS NULL AND ${t.maxQuantity} IS NULL
        WHEN 'hourly' THEN ${t.rate} IS NOT NULL AND ${t.maxQuantity} > 0 AND ${t.flatAmount} IS NULL
        WHEN 'per_unit' THEN ${t.rate} IS NOT NULL AND ${t.maxQuantity} > 0 AND ${t.unitName} IS NOT NULL AND ${t.flatAmount} IS NULL
        WHEN 'blended' THEN ${t.flatAmount} IS NOT NULL AND ${t.rate} IS NOT NULL AND ${t.maxQuantity} >= ${t.flatHours}
      END`,
    ),
    check("assignments_schedule", sql`${t.endsAt} IS NULL OR ${t.endsAt} > ${t.startsAt}`),
    check(
      "assignments_fee_within_price",
      sql`${t.cancellationFee} IS NULL OR ${t.cancellationFee} <= ${t.maximumSpend}`,
    ),
    check(
      "assignments_assigned_worker",
      sql`${t.status} IN ('draft', 'sent', 'declined', 'cancelled', 'void') OR ${t.assignedWorkerId} IS NOT NULL`,
    ),
  ],
);

/** Workers an assignment was sent to: the recipient list resolved at send time. */
export const assignmentRecipients = pgTable(
  "assignment_recipients",
  {
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    status: recipientStatus().notNull(),
    invitedAt: at().notNull(),
    respondedAt: at(),
    /** The worker's own words when closing it: why they declined, or why they abandoned the work. */
    declineReason: text(),
  },
  (t) => [
    primaryKey({ columns: [t.assignmentId, t.workerId] }),
    // The worker's inbox: newest first.
    index("assignment_recipients_inbox_idx").on(
      t.workerId,
      t.invitedAt.desc().nullsFirst(),
      t.assignmentId.desc().nullsFirst(),
    ),
  ],
);

export const assignmentApplications = pgTable(
  "assignment_applications",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    status: applicationStatus().notNull(),
    message: text(),
    /** A counter-offer in the assignment's currency; null keeps the posted terms. */
    proposedPricing: jsonb().$type<Pricing>(),
    proposedSchedule: jsonb().$type<Schedule>(),
    maximumSpend: money().notNull(),
    createdAt: at().notNull(),
    decidedAt: at(),
  },
  (t) => [
    index().on(t.assignmentId, t.createdAt),
    uniqueIndex("assignment_applications_one_pending").on(t.assignmentId, t.workerId).where(sql`status = 'pending'`),
    check("assignment_applications_money", inMoneyRange(t.maximumSpend)),
  ],
);

/** Check-in and check-out times, for hourly work and for "late". */
export const assignmentTimeLogs = pgTable(
  "assignment_time_logs",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    checkedInAt: at().notNull(),
    checkedOutAt: at(),
    note: text(),
  },
  (t) => [
    index().on(t.assignmentId, t.checkedInAt),
    uniqueIndex("assignment_time_logs_one_open").on(t.assignmentId).where(sql`checked_out_at IS NULL`),
    check("assignment_time_logs_order", sql`${t.checkedOutAt} IS NULL OR ${t.checkedOutAt} >= ${t.checkedInAt}`),
  ],
);

/**
 * Count and maximum spend per company, status and currency, as deltas appended by the only two writers of
 * `assignments` (draft-steps.ts insertDraft, steps.ts saveAssignment) in the same transaction; the list's unfiltered totals sum
 * them. Append-only, so concurrent status changes in one company never wait on a shared counter row; the
 * `assignments.compact-totals` job folds each company's deltas back into one row per status and currency. Measured
 * (issue 8, bench cached-state, 10 000 assignments): 0.30 ms against 2.7 ms for count and sum over the rows on
 * PostgreSQL, 1.4 against 28 ms on PGlite, on every unfiltered list request.
 */
export const assignmentTotals = pgTable(
  "assignment_totals",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    status: assignmentStatus().notNull(),
    currency: text().notNull(),
    count: integer().notNull(),
    maximumSpend: bigint({ mode: "number" }).notNull(),
    /** The shown amount (pricing.ts shownAmount): approved claims for approved and paid, ceilings otherwise. */
    amount: bigint({ mode: "number" }).notNull().default(0),
  },
  (t) => [
    index("assignment_totals_company_idx").on(t.companyId, t.status, t.currency),
    check(
      "assignment_totals_bounds",
      sql`abs(${t.maximumSpend}) <= 9007199254740991 AND abs(${t.amount}) <= 9007199254740991`,
    ),
  ],
);
