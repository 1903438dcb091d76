import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { caseCategories, caseStatuses, proposalStatuses, settlementKinds, sides, visibilities } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });
const money = () => bigint({ mode: "number" });

export const caseStatus = pgEnum("escalation_status", caseStatuses);
export const caseCategory = pgEnum("escalation_category", caseCategories);
export const caseSide = pgEnum("escalation_side", sides);
export const messageVisibility = pgEnum("escalation_message_visibility", visibilities);
export const settlementKind = pgEnum("escalation_settlement_kind", settlementKinds);
export const proposalStatus = pgEnum("escalation_proposal_status", proposalStatuses);
export const proposalAnswer = pgEnum("escalation_proposal_answer", ["accepted", "declined"]);

/** One escalation case about one assignment; at most one active (open or in review) per assignment. */
export const escalationCases = pgTable(
  "escalation_cases",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    openedBy: uuid()
      .notNull()
      .references(() => users.id),
    openedBySide: caseSide().notNull(),
    category: caseCategory().notNull(),
    status: caseStatus().notNull(),
    details: text().notNull(),
    desiredOutcome: text().notNull(),
    desiredAmount: money(),
    currency: text().notNull(),
    assignedTo: uuid().references(() => users.id),
    firstResponseDueAt: at().notNull(),
    firstResponseAt: at(),
    lastUpdateAt: at(),
    /** Null once the case has ended; the queue sorts by it, so overdue cases come first. */
    nextUpdateDueAt: at(),
    closedAt: at(),
    closedBy: uuid().references(() => users.id),
    closingSummary: text(),
    openedAt: at().notNull(),
    updatedAt: at().notNull(),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex("escalation_cases_one_active").on(t.assignmentId).where(sql`status IN ('open', 'in_review')`),
    index("escalation_cases_queue").on(t.nextUpdateDueAt, t.openedAt),
    index("escalation_cases_company").on(t.companyId, t.openedAt),
    index("escalation_cases_worker").on(t.workerId, t.openedAt),
    check("escalation_cases_amount", sql`${t.desiredAmount} IS NULL OR ${t.desiredAmount} >= 0`),
  ],
);

/** The case conversation; `team` messages are private staff notes. */
export const escalationMessages = pgTable(
  "escalation_messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** The conversation's order: several messages may share one clock reading. */
    seq: bigserial({ mode: "number" }).notNull(),
    caseId: uuid()
      .notNull()
      .references(() => escalationCases.id),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    authorSide: caseSide().notNull(),
    visibility: messageVisibility().notNull(),
    body: text().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [index("escalation_messages_case").on(t.caseId, t.seq)],
);

/** A settlement proposed in a case; it executes once, when both parties have accepted it (issue 15, item 5). */
export const escalationProposals = pgTable(
  "escalation_proposals",
  {
    id: uuid().primaryKey().defaultRandom(),
    seq: bigserial({ mode: "number" }).notNull(),
    caseId: uuid()
      .notNull()
      .references(() => escalationCases.id),
    proposedBy: uuid()
      .notNull()
      .references(() => users.id),
    proposedBySide: caseSide().notNull(),
    kind: settlementKind().notNull(),
    amount: money(),
    dueAt: at(),
    note: text(),
    status: proposalStatus().notNull(),
    clientAnswer: proposalAnswer(),
    clientAnsweredBy: uuid().references(() => users.id),
    workerAnswer: proposalAnswer(),
    executedAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("escalation_proposals_case").on(t.caseId, t.seq),
    // One pending proposal per case: a new one supersedes it. Executed at most once per case.
    uniqueIndex("escalation_proposals_one_pending").on(t.caseId).where(sql`status = 'pending'`),
    uniqueIndex("escalation_proposals_one_executed").on(t.caseId).where(sql`status = 'executed'`),
    check("escalation_proposals_amount", sql`${t.amount} IS NULL OR ${t.amount} > 0`),
  ],
);

/**
 * Files in a case (issue 15 item 1: the opening's attachments and the conversation's), taken in by the upload rules
 * of platform/storage.ts like message files (type read from the bytes, 10 MB). `messageId` null is a file of the
 * case itself (the opening's evidence); otherwise it belongs to that message and shares its `visibility`, so a staff
 * note's file is the team's only. Never deleted, like the conversation.
 */
export const escalationFiles = pgTable(
  "escalation_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    caseId: uuid()
      .notNull()
      .references(() => escalationCases.id),
    messageId: uuid().references(() => escalationMessages.id),
    visibility: messageVisibility().notNull(),
    storageKey: text().notNull().unique(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    uploadedBySide: caseSide().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("escalation_files_case").on(t.caseId, t.createdAt),
    check("escalation_files_size", sql`${t.size} > 0 AND ${t.size} <= 104857600`),
  ],
);
