/**
 * The live stream's hub, one per process and database: every open GET /notifications/stream of this process
 * subscribes here, and the hub reads what was written for those people, at each NOTIFY (PostgreSQL, sent at commit
 * by any process; PGlite, in this one) and on a poll that catches anything a dropped LISTEN missed. One query per
 * wake-up for all connections, never one per connection.
 */
import { and, asc, inArray, sql } from "drizzle-orm";
import type { Db } from "#platform/db";
import { listen } from "#platform/listen";
import type { Logger } from "#platform/log";
import type { NotificationView } from "./contract";
import { channel, notificationView } from "./steps";
import { notifications } from "./tables";

export interface Subscriber {
  userId: string;
  send(notification: NotificationView): void;
  /** Ids already sent (or older than the subscription): each notification reaches each connection once. */
  seen: Set<string>;
}

/** How far back each wake-up looks, by the database's clock: longer than any transaction between insert and commit. */
const windowSeconds = 30;
/** Polling: the fallback without LISTEN, and the safety net with it. */
const pollMs = { listening: 5_000, polling: 1_000 };

class Hub {
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private timer: NodeJS.Timeout | null = null;
  private unlisten: (() => Promise<void>) | null = null;
  private running = false;
  private again = false;

  constructor(
    private readonly db: Db,
    private readonly log: Logger,
  ) {}

  get size(): number {
    let n = 0;
    for (const set of this.subscribers.values()) {
      n += set.size;
    }
    return n;
  }

  async add(subscriber: Subscriber): Promise<void> {
    for (const row of await this.recent([subscriber.userId])) {
      subscriber.seen.add(row.id);
    }
    const set = this.subscribers.get(subscriber.userId) ?? new Set();
    set.add(subscriber);
    this.subscribers.set(subscriber.userId, set);
    if (!this.timer) {
      await this.start();
    }
  }

  remove(subscriber: Subscriber): void {
    const set = this.subscribers.get(subscriber.userId);
    set?.delete(subscriber);
    if (set?.size === 0) {
      this.subscribers.delete(subscriber.userId);
    }
    if (this.subscribers.size === 0) {
      this.stop();
    }
  }

  private async start(): Promise<void> {
    this.timer = setInterval(() => this.wake(), pollMs.polling);
    this.timer.unref();
    const unlisten = await listen(this.db, channel, () => this.wake()).catch((error: unknown) => {
      this.log.warn({ err: error }, "notifications: LISTEN failed, polling instead");
      return null;
    });
    if (!this.timer) {
      await unlisten?.();
      return;
    }
    this.unlisten = unlisten;
    if (unlisten) {
      clearInterval(this.timer);
      this.timer = setInterval(() => this.wake(), pollMs.listening);
      this.timer.unref();
    }
  }

  private stop(): void {
    if (this.timer) {
      clearInterval(this.timer);
    }
    this.timer = null;
    const unlisten = this.unlisten;
    this.unlisten = null;
    void unlisten?.().catch(() => undefined);
  }

  /** Runs one read at a time; a wake-up during a read runs another right after it. */
  wake(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    void this.deliver()
      .catch((error: unknown) => this.log.warn({ err: error }, "notifications: stream read failed"))
      .finally(() => {
        this.running = false;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private recent(userIds: string[]) {
    return this.db
      .select()
      .from(notifications)
      .where(
        and(
          inArray(notifications.userId, userIds),
          sql`${notifications.writtenAt} > clock_timestamp() - make_interval(secs => ${windowSeconds})`,
        ),
      )
      .orderBy(asc(notifications.seq));
  }

  private async deliver(): Promise<void> {
    const userIds = [...this.subscribers.keys()];
    if (userIds.length === 0) {
      return;
    }
    const rows = await this.recent(userIds);
    const inWindow = new Map<string, Set<string>>();
    for (const row of rows) {
      inWindow.set(row.userId, (inWindow.get(row.userId) ?? new Set()).add(row.id));
      for (const subscriber of this.subscribers.get(row.userId) ?? []) {
        if (!subscriber.seen.has(row.id)) {
          subscriber.seen.add(row.id);
          subscriber.send(notificationView(row));
        }
      }
    }
    // What left the window cannot come back: forget it, so `seen` stays as small as the window.
    for (const [userId, set] of this.subscribers) {
      const current = inWindow.get(userId) ?? new Set<string>();
      for (const subscriber of set) {
        for (const id of subscriber.seen) {
          if (!current.has(id)) {
            subscriber.seen.delete(id);
          }
        }
      }
    }
  }
}

const hubs = new WeakMap<Db, Hub>();

/** This process's hub for this database. */
export function hubFor(db: Db, log: Logger): Hub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new Hub(db, log);
    hubs.set(db, hub);
  }
  return hub;
}
