import { sql } from "drizzle-orm";
import { bigint, check, date, index, jsonb, pgEnum, pgTable, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { credentialKinds, type Requirement, reviewDecisions } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });
const day = () => date({ mode: "string" });

export const credentialKind = pgEnum("credential_kind", credentialKinds);
export const reviewDecision = pgEnum("credential_review_decision", reviewDecisions);

/**
 * A worker's certification, licence, insurance or screening. Whether it counts is never stored here: the expiry date
 * (a UTC day, valid through its end) and the reviews decide, so every reader agrees before the expiry job has run.
 * `expiredAt` and `reminderSentAt` only record that the job told the worker (once each).
 */
export const credentials = pgTable(
  "credentials",
  {
    id: uuid().primaryKey().defaultRandom(),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    kind: credentialKind().notNull(),
    name: text().notNull(),
    number: text(),
    issuer: text(),
    region: text(),
    country: text(),
    coverageAmount: bigint({ mode: "number" }),
    coverageCurrency: text(),
    performedOn: day(),
    expiresOn: day(),
    /** The uploaded document (the upload rules of platform/storage.ts); null until the worker sends it. */
    documentKey: text().unique(),
    documentName: text(),
    documentType: text(),
    documentSize: bigint({ mode: "number" }),
    reminderSentAt: at(),
    expiredAt: at(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("credentials_worker").on(t.workerId, t.kind),
    index("credentials_expiry").on(t.expiresOn),
    check(
      "credentials_coverage",
      sql`(${t.coverageAmount} IS NULL) = (${t.coverageCurrency} IS NULL) AND (${t.coverageAmount} IS NULL OR ${t.coverageAmount} BETWEEN 0 AND 9007199254740991)`,
    ),
  ],
);

/**
 * A verification or rejection of one credential. `companyId` null is Worklane staff's review, which counts for every
 * company; a company's own review counts for that company only (and wins over staff's for it). One per reviewer.
 */
export const credentialReviews = pgTable(
  "credential_reviews",
  {
    id: uuid().primaryKey().defaultRandom(),
    credentialId: uuid()
      .notNull()
      .references(() => credentials.id),
    companyId: uuid().references(() => companies.id),
    decision: reviewDecision().notNull(),
    reason: text(),
    reviewedBy: uuid()
      .notNull()
      .references(() => users.id),
    reviewedAt: at().notNull(),
  },
  (t) => [unique("credential_reviews_one_per_reviewer").on(t.credentialId, t.companyId).nullsNotDistinct()],
);

/** A company's named set of requirements, attached to assignments (and pools). */
export const requirementSets = pgTable(
  "requirement_sets",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    name: text().notNull(),
    description: text(),
    requirements: jsonb().$type<Requirement[]>().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    updatedAt: at().notNull(),
  },
  (t) => [index("requirement_sets_company").on(t.companyId, t.name)],
);

/**
 * A company's decision to let one worker through a set's gate on one subject (an assignment, a pool), with the
 * reason; the subject's own domain checks it is the company's. Recorded, never silent: its event is in the history.
 */
export const requirementOverrides = pgTable(
  "requirement_overrides",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    reason: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [unique("requirement_overrides_one").on(t.subjectType, t.subjectId, t.workerId)],
);
