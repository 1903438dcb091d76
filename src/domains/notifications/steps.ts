import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { loadConfig } from "#platform/config";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { mailWrites } from "#platform/mail";
import { writeTogether } from "#platform/write-together";
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
  const people = await tx
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
      and(eq(notificationPreferences.userId, users.id), eq(notificationPreferences.type, notice.type)),
    )
    .where(and(inArray(users.id, ids), isNull(users.suspendedAt)));
  if (alwaysSentTypes.includes(notice.type)) {
    for (const person of people) {
      Object.assign(person, { inApp: true, byEmail: true, digest: false });
    }
  }
  const inApp = people.filter((p) => p.inApp ?? true);
  const entries =
    inApp.length > 0
      ? tx.insert(notifications).values(
          inApp.map((p) => ({
            userId: p.id,
            type: notice.type,
            title: notice.title,
            body: notice.text,
            link: notice.link,
            subjectType: notice.subject?.type ?? null,
            subjectId: notice.subject?.id ?? null,
            createdAt: ctx.now,
          })),
        )
      : null;
  const digested = people.filter((p) => (p.byEmail ?? true) && p.digest);
  const digest =
    digested.length > 0
      ? tx.insert(digestItems).values(
          digested.map((p) => ({
            userId: p.id,
            title: notice.title,
            body: notice.text,
            link: notice.link,
            createdAt: ctx.now,
          })),
        )
      : null;
  const text = `${notice.text}\n\n${absolute(notice.link)}`;
  const mails = mailWrites(
    tx,
    ctx,
    people
      .filter((person) => (person.byEmail ?? true) && !person.digest)
      .map((person) => ({ to: person.email, subject: notice.title, text })),
  );
  // The entries, the digest lines, the emails and their jobs, and the NOTIFY: one statement (issue 10).
  await writeTogether(
    tx,
    [entries, digest, ...mails.writes],
    entries ? sql`SELECT pg_notify(${channel}, '')` : undefined,
  );
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
