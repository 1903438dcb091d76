import { sql } from "drizzle-orm";
import { bigserial, boolean, index, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";

const at = () => timestamp({ withTimezone: true, mode: "date" });

/** The in-app inbox: one row per person told, newest first; read once opened or marked. */
export const notifications = pgTable(
  "notifications",
  {
    id: uuid().primaryKey().defaultRandom(),
    /** Insertion order, for the live stream's cursor (the ids are random). */
    seq: bigserial({ mode: "number" }).notNull(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    type: text().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    link: text().notNull(),
    subjectType: text(),
    subjectId: uuid(),
    createdAt: at().notNull(),
    /**
     * The database's own clock at insert: the live stream asks for rows written in its last few seconds, whatever the
     * test clock (createdAt) says, so a transaction that commits late is still picked up.
     */
    writtenAt: at().notNull().default(sql`clock_timestamp()`),
    readAt: at(),
  },
  (t) => [
    index("notifications_user_created_idx").on(t.userId, t.createdAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index("notifications_user_unread_idx").on(t.userId).where(sql`read_at IS NULL`),
    index("notifications_written_idx").on(t.writtenAt),
  ],
);

/** What each person chose per notification type; a type without a row takes its default (contract.ts). */
export const notificationPreferences = pgTable(
  "notification_preferences",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    type: text().notNull(),
    inApp: boolean().notNull(),
    email: boolean().notNull(),
    /** Gather this type's emails into one daily digest instead of one email each. */
    digest: boolean().notNull().default(false),
    updatedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.type] })],
);

/** Emails waiting for a person's daily digest (types they chose `digest` for); sent and stamped by the daily job. */
export const digestItems = pgTable(
  "notification_digest_items",
  {
    id: uuid().primaryKey().defaultRandom(),
    userId: uuid()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    body: text().notNull(),
    link: text().notNull(),
    createdAt: at().notNull(),
    sentAt: at(),
  },
  (t) => [index("notification_digest_items_pending_idx").on(t.userId, t.createdAt).where(sql`sent_at IS NULL`)],
);
