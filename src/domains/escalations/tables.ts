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
import { caseCategories, caseStatuses, sides, visibilities } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });
const money = () => bigint({ mode: "number" });

export const caseStatus = pgEnum("escalation_status", caseStatuses);
export const caseCategory = pgEnum("escalation_category", caseCategories);
export const caseSide = pgEnum("escalation_side", sides);
export const messageVisibility = pgEnum("escalation_message_visibility", visibilities);

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
