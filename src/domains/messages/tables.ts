import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { messageKinds, sides } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const messageKind = pgEnum("message_kind", messageKinds);
export const messageSide = pgEnum("message_side", sides);

/**
 * One row per question, message or note, never deleted. A conversation is the assignment and one worker
 * (`workerId`): a question and its answer belong to the asker's, the thread to the assigned worker's; notes have none.
 */
export const messages = pgTable(
  "messages",
  {
    id: uuid().primaryKey().defaultRandom(),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    /** The worker whose conversation this is; null for notes, which no worker sees. */
    workerId: uuid().references(() => users.id),
    kind: messageKind().notNull(),
    side: messageSide().notNull(),
    authorId: uuid()
      .notNull()
      .references(() => users.id),
    replyToId: uuid().references((): AnyPgColumn => messages.id),
    body: text().notNull(),
    shared: boolean().notNull().default(false),
    /** Questions and thread messages wait for the other side; an answer to a question does not. */
    expectsAnswer: boolean().notNull(),
    answeredAt: at(),
    /** Milliseconds from this message to the other side's first answer. */
    responseMs: integer(),
    createdAt: at().notNull(),
    editedAt: at(),
  },
  (t) => [
    index("messages_assignment_idx").on(t.assignmentId, t.createdAt, t.id),
    index("messages_waiting_idx").on(t.assignmentId, t.workerId).where(sql`expects_answer AND answered_at IS NULL`),
    check("messages_note_has_no_worker", sql`(${t.kind} = 'note') = (${t.workerId} IS NULL)`),
  ],
);

/** What a message said before each edit (edits are allowed for 5 minutes; nothing is ever deleted). */
export const messageEdits = pgTable(
  "message_edits",
  {
    id: uuid().primaryKey().defaultRandom(),
    messageId: uuid()
      .notNull()
      .references(() => messages.id),
    body: text().notNull(),
    editedAt: at().notNull(),
  },
  (t) => [index().on(t.messageId, t.editedAt)],
);

/**
 * Every first answer, appended when it happens: who answered (the company or the worker) and how long it took.
 * The scorecards (ratings, above messages) read a company's or a worker's last 90 days from here through
 * `responseTimes()` without walking the messages.
 */
export const responseTimes = pgTable(
  "message_response_times",
  {
    messageId: uuid()
      .primaryKey()
      .references(() => messages.id),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    /** The side that answered: the company's members or the worker. */
    answeredBy: messageSide().notNull(),
    responseMs: integer().notNull(),
    answeredAt: at().notNull(),
  },
  (t) => [
    index("message_response_times_company_idx").on(t.companyId, t.answeredBy, t.answeredAt),
    index("message_response_times_worker_idx").on(t.workerId, t.answeredBy, t.answeredAt),
  ],
);

/**
 * Files a message carries (issue 13 item 2), taken in by the upload rules of platform/storage.ts (type read from the
 * bytes, 10 MB). Readable by exactly those who may read the message: a note's files never by a worker. Like the
 * message, never deleted; its author adds them within the edit window.
 */
export const messageFiles = pgTable(
  "message_files",
  {
    id: uuid().primaryKey().defaultRandom(),
    messageId: uuid()
      .notNull()
      .references(() => messages.id),
    assignmentId: uuid()
      .notNull()
      .references(() => assignments.id),
    storageKey: text().notNull().unique(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    uploadedBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [
    index("message_files_message_idx").on(t.messageId, t.createdAt),
    check("message_files_size", sql`${t.size} > 0 AND ${t.size} <= 104857600`),
  ],
);
