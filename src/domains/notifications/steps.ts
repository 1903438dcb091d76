import { and, eq, isNull, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { loadConfig } from "#platform/config";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type MailArrays, mailArrays, mailWrites } from "#platform/mail";
import { type Params, preparedSelect, preparedStatement } from "#platform/prepared";
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
  const ids = [...new Set(notice.userIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) {
    return;
  }
  const people = await recipients(tx, { ids, type: notice.type });
  if (alwaysSentTypes.includes(notice.type)) {
    for (const person of people) {
      Object.assign(person, { inApp: true, byEmail: true, digest: false });
    }
  }
  const text = `${notice.text}\n\n${absolute(notice.link)}`;
  const mailed = people.filter((person) => (person.byEmail ?? true) && !person.digest);
  await writeNotice(tx, {
    ...mailArrays(
      ctx,
      mailed.map((person) => ({ to: person.email, subject: notice.title, text })),
    ),
    entryUserIds: people.filter((p) => p.inApp ?? true).map((p) => p.id),
    digestUserIds: people.filter((p) => (p.byEmail ?? true) && p.digest).map((p) => p.id),
    type: notice.type,
    title: notice.title,
    body: notice.text,
    link: notice.link,
    subjectType: notice.subject?.type ?? null,
    subjectId: notice.subject?.id ?? null,
  });
}

/** Who is told (not suspended), with their choice for the type when they made one (a left join: NULL for none). */
const recipients = preparedSelect((db: Executor, p: Params<{ ids: string[]; type: string }>) =>
  db
    .select({
      id: users.id,
      email: users.email,
      inApp: notificationPreferences.inApp,
      byEmail: notificationPreferences.email,
      digest: notificationPreferences.digest,
    })
    .from(users)
    .leftJoin(
      notificationPreferences,
      and(eq(notificationPreferences.userId, users.id), sql`${notificationPreferences.type} = ${p.type}`),
    )
    .where(and(sql`${users.id} = ANY(${p.ids}::uuid[])`, isNull(users.suspendedAt))),
);

type NoticeArrays = MailArrays & {
  entryUserIds: string[];
  digestUserIds: string[];
  type: string;
  title: string;
  body: string;
  link: string;
  subjectType: string | null;
  subjectId: string | null;
};

/**
 * The entries, the digest lines, the emails and their jobs, and the NOTIFY: one statement (issue 10), built once (the
 * rows come as arrays through `unnest`, in the people's order, so the entries' seq follows it as before). Empty
 * arrays write nothing; the NOTIFY is sent only when there are entries.
 */
const writeNotice = preparedStatement<unknown, NoticeArrays>(
  (p) => sql`WITH "entries" AS (
      INSERT INTO ${notifications} (user_id, type, title, body, link, subject_type, subject_id, created_at)
      SELECT u.id::uuid, ${p.type}, ${p.title}, ${p.body}, ${p.link}, ${p.subjectType}::text, ${p.subjectId}::uuid,
        ${p.now}::timestamptz
      FROM unnest(${p.entryUserIds}::text[]) AS u(id)
    ), "digest" AS (
      INSERT INTO ${digestItems} (user_id, title, body, link, created_at)
      SELECT u.id::uuid, ${p.title}, ${p.body}, ${p.link}, ${p.now}::timestamptz
      FROM unnest(${p.digestUserIds}::text[]) AS u(id)
    ), ${mailWrites(p)}
    SELECT pg_notify(${channel}, '') WHERE cardinality(${p.entryUserIds}::text[]) > 0`,
);

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
