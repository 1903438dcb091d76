import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { loadConfig } from "#platform/config";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { mailWritesFrom } from "#platform/mail";
import { type Params, preparedStatement } from "#platform/prepared";
import { sendWithNextStatement } from "#platform/statement-rides";
import { Ctes } from "#platform/write-together";
import {
  alwaysSentTypes,
  type Channel,
  type NotificationType,
  type NotificationView,
  notificationTypes,
  type PreferenceList,
  type PreferenceView,
  securityType,
} from "./contract";
import { digestItems, notificationPreferences, notifications } from "./tables";

/** The PostgreSQL channel every process LISTENs on (stream.ts); NOTIFY is sent at commit, never for a rollback. */
export const channel = "worklane_notifications";

export interface Notice {
  userIds: readonly (string | null)[];
  type: NotificationType;
  /** One line: the email's subject and the inbox entry's title. */
  title: string;
  /** Plain text; the link is appended in the email. */
  text: string;
  /** The web page it is about, as a path (`/assignments/{id}`). */
  link: string;
  subject?: { type: string; id: string };
}

let publicUrl: string | null = null;
/** Read once: the address people reach Worklane at, for links in emails. */
export function absolute(link: string): string {
  publicUrl ??= loadConfig().publicUrl;
  return `${publicUrl}${link}`;
}

/**
 * Tells people what happened, inside the caller's transaction: an inbox entry and an email each, as their
 * preferences say (both by default). The email is queued in the outbox and leaves only if the change commits;
 * the live stream hears of the entry at commit (NOTIFY) or from its poll.
 */
export async function notify(tx: Executor, ctx: Pick<Ctx, "now">, notice: Notice): Promise<void> {
  const values = noticeValues(ctx, notice);
  if (values) {
    // Nothing reads its answer: it rides in front of the action's next statement (statement-rides.ts).
    await sendWithNextStatement(tx, () => writeNotice(tx, values));
  }
}

/** The statement's values for a notice; null when it names no one. */
function noticeValues(ctx: Pick<Ctx, "now">, notice: Notice): NoticeValues | null {
  const ids = [...new Set(notice.userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) {
    return null;
  }
  return {
    ids,
    type: notice.type,
    always: alwaysSentTypes.includes(notice.type),
    title: notice.title,
    body: notice.text,
    mailText: `${notice.text}\n\n${absolute(notice.link)}`,
    link: notice.link,
    subjectType: notice.subject?.type ?? null,
    subjectId: notice.subject?.id ?? null,
    now: ctx.now.toISOString(),
  };
}

interface NoticeValues {
  ids: string[];
  type: string;
  /** A type sent whatever the preferences say (in the inbox and by email, never in a digest). */
  always: boolean;
  title: string;
  body: string;
  mailText: string;
  link: string;
  subjectType: string | null;
  subjectId: string | null;
  now: string;
}

/**
 * Who is told and how, the entries, the digest lines, the emails and their jobs, and the NOTIFY: one statement (issue
 * 10: the recipients and their preferences were a read of their own before it), built once. The people are the ids
 * given, in their order, less the suspended; each one's choice for the type applies (a left join: none made means
 * inbox and email, no digest). Nothing chosen writes nothing; the NOTIFY is sent only when there are entries.
 */
const writeNotice = preparedStatement<unknown, NoticeValues>((p) => sql`WITH ${noticeCtes(p)} SELECT 1`);

/**
 * A notice's writes as CTEs another statement can carry (issue 10: an assignment step's notice rides in its event's
 * statement, `noticeWrite`). Built from placeholders (writeNotice, once) or from values (an array as one parameter).
 * The NOTIFY is in the entries' RETURNING, so it runs with them whether or not anything reads it (PostgreSQL sends
 * one per channel and payload at commit, however many entries).
 */
function noticeCtes(p: Params<NoticeValues>): SQL {
  return sql`"people" AS MATERIALIZED (
      SELECT u.id, u.email, x.ord,
        ${p.always}::boolean OR coalesce(np.in_app, true) AS in_app,
        ${p.always}::boolean OR coalesce(np.email, true) AS by_email,
        NOT ${p.always}::boolean AND coalesce(np.digest, false) AS digest
      FROM unnest(${p.ids}::uuid[]) WITH ORDINALITY AS x(id, ord)
      JOIN ${users} u ON u.id = x.id AND u.suspended_at IS NULL
      LEFT JOIN ${notificationPreferences} np ON np.user_id = u.id AND np.type = ${p.type}
    ), "entries" AS (
      INSERT INTO ${notifications} (user_id, type, title, body, link, subject_type, subject_id, created_at)
      SELECT people.id, ${p.type}, ${p.title}, ${p.body}, ${p.link}, ${p.subjectType}::text, ${p.subjectId}::uuid,
        ${p.now}::timestamptz
      FROM people WHERE people.in_app ORDER BY people.ord
      RETURNING pg_notify(${channel}, '')
    ), "digest" AS (
      INSERT INTO ${digestItems} (user_id, title, body, link, created_at)
      SELECT people.id, ${p.title}, ${p.body}, ${p.link}, ${p.now}::timestamptz
      FROM people WHERE people.by_email AND people.digest ORDER BY people.ord
    ), "mails" AS MATERIALIZED (
      SELECT gen_random_uuid() AS id, people.email AS "to", people.ord
      FROM people WHERE people.by_email AND NOT people.digest ORDER BY people.ord
    ), ${mailWritesFrom(sql`"mails"`, p)}`;
}

/** The notice as writes for another statement (write-together.ts `Ctes`); null when it tells no one. */
export function noticeWrite(ctx: Pick<Ctx, "now">, notice: Notice): Ctes | null {
  const values = noticeValues(ctx, notice);
  if (!values) {
    return null;
  }
  // sql.param: a bare array in a template would be spread into a list of values.
  return new Ctes(noticeCtes({ ...values, ids: sql.param(values.ids) } as unknown as Params<NoticeValues>));
}

export type NotificationRow = typeof notifications.$inferSelect;

export function notificationView(row: NotificationRow): NotificationView {
  return {
    id: row.id,
    type: row.type as NotificationType,
    title: row.title,
    body: row.body,
    link: row.link,
    subject: row.subjectType && row.subjectId ? { type: row.subjectType, id: row.subjectId } : null,
    read: row.readAt !== null,
    createdAt: row.createdAt.toISOString(),
  };
}

export async function unreadCount(tx: Executor, userId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.count ?? 0);
}

/** A person's choice for every type (the default is both, no digest), with security emails locked on. */
export async function preferencesOf(tx: Executor, userId: string): Promise<PreferenceList> {
  const rows = await tx.select().from(notificationPreferences).where(eq(notificationPreferences.userId, userId));
  const chosen = new Map(rows.map((row) => [row.type, row]));
  const items: PreferenceView[] = notificationTypes.map((type) => {
    const row = chosen.get(type);
    const channel: Channel = !row
      ? "both"
      : row.inApp && row.email
        ? "both"
        : row.inApp
          ? "in_app"
          : row.email
            ? "email"
            : "none";
    if (alwaysSentTypes.includes(type)) {
      return { type, channel: "both", digest: false, locked: true };
    }
    return { type, channel, digest: row?.digest ?? false, locked: false };
  });
  return { items: [...items, { type: securityType, channel: "email", digest: false, locked: true }] };
}
