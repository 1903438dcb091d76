import { and, desc, eq, isNull, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { EventSink } from "#platform/http/sse";
import { decodeCursor, toPage } from "#platform/pagination";
import type { NotificationList, NotificationQuery, PreferenceList } from "./contract";
import { notificationView, preferencesOf, unreadCount } from "./steps";
import { hubFor, type Subscriber } from "./stream-steps";
import { notifications } from "./tables";

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

const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * GET /notifications/stream: Server-Sent Events for the caller. First `unread` (the bell's count), then one
 * `notification` per new entry, from whichever process wrote it; a comment every 25 s keeps proxies from closing it,
 * and after `maxSeconds` the server ends it (EventSource reconnects).
 */
export async function streamNotifications(ctx: Ctx, maxSeconds: number, sink: EventSink): Promise<void> {
  const { userId } = userActor(ctx);
  sink.write(`retry: 2000\n${event("unread", { unreadCount: await unreadCount(ctx.db, userId) })}`);
  if (maxSeconds === 0) {
    sink.end();
    return;
  }
  const hub = hubFor(ctx.db, ctx.log);
  const subscriber: Subscriber = {
    userId,
    seen: new Set(),
    send: (notification) => sink.write(event("notification", notification)),
  };
  const ping = setInterval(() => sink.write(": ping\n\n"), 25_000);
  let closed = false;
  const close = () => {
    if (closed) {
      return;
    }
    closed = true;
    clearInterval(ping);
    clearTimeout(limit);
    hub.remove(subscriber);
    sink.end();
  };
  const limit = setTimeout(close, maxSeconds * 1000);
  sink.onClose(close);
  await hub.add(subscriber);
  if (closed) {
    hub.remove(subscriber);
  }
}

/** GET /notification-preferences: the caller's choice for every type, defaults filled in. */
export function getPreferences(ctx: Ctx): Promise<PreferenceList> {
  return preferencesOf(ctx.db, userActor(ctx).userId);
}
