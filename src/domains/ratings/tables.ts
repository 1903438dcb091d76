import { sql } from "drizzle-orm";
import {
  bigserial,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { type RatingLevel, ratees, ratingLevels, scorecardSubjects } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const ratingLevel = pgEnum("rating_level", ratingLevels);
export const ratee = pgEnum("rating_ratee", ratees);
export const scorecardSubject = pgEnum("scorecard_subject", scorecardSubjects);

/** One rating per assignment and side; hidden (publishedAt null) until both sides rated or the blind period ended. */
export const ratings = pgTable(
  "ratings",
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
    rates: ratee().notNull(),
    ratedBy: uuid()
      .notNull()
      .references(() => users.id),
    overall: ratingLevel().notNull(),
    /** The three dimensions of this side (contract.ts dimensionsOf). */
    scores: jsonb().$type<Record<string, RatingLevel>>().notNull(),
    review: text().notNull(),
    createdAt: at().notNull(),
    updatedAt: at().notNull(),
    /** When the blind period ends for this assignment (the first rating's time + 14 days). */
    publishesAt: at().notNull(),
    publishedAt: at(),
    reply: text(),
    repliedAt: at(),
    repliedBy: uuid().references(() => users.id),
    version: integer().notNull().default(1),
  },
  (t) => [
    uniqueIndex().on(t.assignmentId, t.rates),
    index().on(t.companyId, t.rates, t.publishedAt),
    index().on(t.workerId, t.rates, t.publishedAt),
    index("ratings_unpublished_idx").on(t.publishesAt).where(sql`published_at IS NULL`),
  ],
);

/** Reviews flagged as abusive, kept for Trust & Safety; one flag per person and rating. */
export const ratingFlags = pgTable(
  "rating_flags",
  {
    id: uuid().primaryKey().defaultRandom(),
    ratingId: uuid()
      .notNull()
      .references(() => ratings.id),
    flaggedBy: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [uniqueIndex().on(t.ratingId, t.flaggedBy)],
);

/**
 * Each contribution to a scorecard figure, written once (the unique key makes a replayed event count once): what
 * the drill-down lists. `companyId` on a worker's entry lets a company see its own history with that worker.
 */
export const scorecardEntries = pgTable(
  "scorecard_entries",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    subject: scorecardSubject().notNull(),
    subjectId: uuid().notNull(),
    figure: text().notNull(),
    ref: text().notNull(),
    assignmentId: uuid(),
    companyId: uuid(),
    at: at().notNull(),
    value: doublePrecision().notNull(),
    note: text().notNull(),
  },
  (t) => [
    uniqueIndex().on(t.subject, t.subjectId, t.figure, t.ref),
    index().on(t.subject, t.subjectId, t.figure, t.at.desc(), t.id.desc()),
  ],
);

/**
 * The sums of the entries per UTC day: the 90-day figure reads at most 90 rows per figure instead of every entry
 * (the bench prints both: `cached state vs the plain query`).
 */
export const scorecardDays = pgTable(
  "scorecard_days",
  {
    subject: scorecardSubject().notNull(),
    subjectId: uuid().notNull(),
    figure: text().notNull(),
    day: date({ mode: "string" }).notNull(),
    count: integer().notNull(),
    total: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.subjectId, t.figure, t.day] })],
);

/**
 * The sums of the entries per UTC month (`month` is its first day): the monthly charts read at most 12 rows per
 * figure, kept in the same statement batch as the day and all-time sums, never rebuilt from the entries on read.
 */
export const scorecardMonths = pgTable(
  "scorecard_months",
  {
    subject: scorecardSubject().notNull(),
    subjectId: uuid().notNull(),
    figure: text().notNull(),
    month: date({ mode: "string" }).notNull(),
    count: integer().notNull(),
    total: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.subjectId, t.figure, t.month] })],
);

/** The all-time sums: one row per figure, never a scan of the history. */
export const scorecardTotals = pgTable(
  "scorecard_totals",
  {
    subject: scorecardSubject().notNull(),
    subjectId: uuid().notNull(),
    figure: text().notNull(),
    count: integer().notNull(),
    total: doublePrecision().notNull(),
  },
  (t) => [primaryKey({ columns: [t.subject, t.subjectId, t.figure] })],
);
