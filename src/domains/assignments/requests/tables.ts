import { sql } from "drizzle-orm";
import { bigint, check, index, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";
import type { Schedule } from "../contract";
import { assignments } from "../tables";
import { requestKinds, requestStatuses } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const requestKind = pgEnum("assignment_request_kind", requestKinds);
export const requestStatus = pgEnum("assignment_request_status", requestStatuses);

/**
 * Requests between the two sides of an assigned assignment. Accepted amounts are obligations the payments issue
 * settles; an accepted budget increase or expense also raises the assignment's ceiling (`assignments.extra_budget`).
 */
export const assignmentRequests = pgTable(
  "assignment_requests",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    /** The assigned worker when the request was made: a later worker never inherits it. */
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    kind: requestKind().notNull(),
    status: requestStatus().notNull(),
    amount: bigint({ mode: "number" }),
    currency: text().notNull(),
    schedule: jsonb().$type<Schedule>(),
    reason: text().notNull(),
    requestedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    answeredBy: uuid().references(() => users.id),
    answeredAt: at(),
    answerNote: text(),
  },
  (t) => [
    index().on(t.assignmentId, t.createdAt),
    // One open request of each kind per assignment: a second one would only repeat the first.
    uniqueIndex("assignment_requests_one_pending").on(t.assignmentId, t.kind).where(sql`status = 'pending'`),
    check(
      "assignment_requests_amount",
      sql`${t.amount} IS NULL OR (${t.amount} > 0 AND ${t.amount} <= 9007199254740991)`,
    ),
    check(
      "assignment_requests_shape",
      sql`(${t.kind} = 'reschedule') = (${t.schedule} IS NOT NULL) AND (${t.kind} = 'reschedule') = (${t.amount} IS NULL)`,
    ),
  ],
);
