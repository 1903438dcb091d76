import { sql } from "drizzle-orm";
import {
  bigserial,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";

const at = (name?: string) => timestamp(name as string, { withTimezone: true, mode: "date" });

/** The append-only history of every state change. Nothing updates or deletes a row here. */
export const events = pgTable(
  "events",
  {
    seq: bigserial({ mode: "number" }).primaryKey(),
    id: uuid().notNull().defaultRandom().unique(),
    at: at().notNull(),
    actorKind: text().notNull(),
    actorId: uuid(),
    action: text().notNull(),
    subjectType: text().notNull(),
    subjectId: uuid().notNull(),
    data: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    requestId: text(),
    ip: text(),
  },
  (t) => [index().on(t.subjectType, t.subjectId, t.seq)],
);

/** The job queue: claimed with FOR UPDATE SKIP LOCKED so any number of processes can share it. */
export const jobs = pgTable(
  "jobs",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    name: text().notNull(),
    payload: jsonb().$type<unknown>().notNull(),
    status: text({ enum: ["queued", "running", "done", "dead"] })
      .notNull()
      .default("queued"),
    runAt: at().notNull(),
    attempts: integer().notNull().default(0),
    maxAttempts: integer().notNull().default(8),
    lockedUntil: at(),
    lockedBy: text(),
    lastError: text(),
    /** Dedupe key: at most one queued or running job per key. */
    key: text(),
    createdAt: at().notNull(),
    finishedAt: at(),
  },
  (t) => [
    index("jobs_due_idx").on(t.runAt).where(sql`status = 'queued'`),
    uniqueIndex("jobs_key_idx").on(t.key).where(sql`status IN ('queued', 'running')`),
  ],
);

/** Recurring schedules; each firing becomes an ordinary job row. */
export const recurringJobs = pgTable("recurring_jobs", {
  name: text().primaryKey(),
  everySeconds: integer().notNull(),
  nextRunAt: at().notNull(),
});

export const idempotencyKeys = pgTable(
  "idempotency_keys",
  {
    scope: text().notNull(),
    key: text().notNull(),
    requestHash: text().notNull(),
    statusCode: integer(),
    responseBody: text(),
    contentType: text(),
    createdAt: at().notNull(),
    expiresAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.scope, t.key] }), index().on(t.expiresAt)],
);

/** Fixed-window counters shared by every process (login attempts per account and per IP). */
export const rateLimits = pgTable("rate_limits", {
  key: text().primaryKey(),
  windowStart: at().notNull(),
  hits: integer().notNull(),
});

/** The email outbox: written in the action's transaction, delivered by the `mail.send` job after commit. */
export const mailOutbox = pgTable("mail_outbox", {
  id: uuid().primaryKey().defaultRandom(),
  to: text().notNull(),
  subject: text().notNull(),
  text: text().notNull(),
  status: text({ enum: ["queued", "sent", "failed"] })
    .notNull()
    .default("queued"),
  createdAt: at().notNull(),
  sentAt: at(),
  /** Delivery tries so far (SMTP); each failure is kept in `lastError` with the server's answer. */
  attempts: integer().notNull().default(0),
  lastError: text(),
});
