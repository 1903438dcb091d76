import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import type { NotificationList, NotificationQuery, NotificationType, NotificationView } from "./contract";
import { notifications } from "./tables";

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

/** GET /notifications: the caller's own inbox, newest first, a page at a time. */
export async function listNotifications(ctx: Ctx, query: NotificationQuery): Promise<NotificationList> {
  const { userId } = userActor(ctx);
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        query.unread ? isNull(notifications.readAt) : undefined,
        after
          ? sql`(${notifications.createdAt}, ${notifications.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return {
    items: page.items.map(notificationView),
    nextCursor: page.nextCursor,
    unreadCount: await unreadCount(ctx.db, userId),
  };
}
