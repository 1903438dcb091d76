import { and, eq, sql } from "drizzle-orm";
import { Problem } from "#shared/problems";
import type { Executor } from "./db";
import { rateLimits } from "./tables";

export interface RateLimitWindow {
  limit: number;
  windowMs: number;
  now: Date;
}

function windowStartOf(options: { windowMs: number; now: Date }): Date {
  return new Date(Math.floor(options.now.getTime() / options.windowMs) * options.windowMs);
}

/**
 * Counts one hit against `key` in a fixed window and says whether it is still within `limit`.
 * The counter lives in PostgreSQL, so every server process sees the same count: no process keeps limits in memory.
 */
export async function consumeRateLimit(
  db: Executor,
  key: string,
  options: RateLimitWindow,
): Promise<{ allowed: boolean; retryAfterSeconds: number; hits: number }> {
  const windowStart = windowStartOf(options);
  const [row] = await db
    .insert(rateLimits)
    .values({ key, windowStart, hits: 1 })
    .onConflictDoUpdate({
      target: rateLimits.key,
      set: {
        hits: sql`CASE WHEN ${rateLimits.windowStart} = ${windowStart} THEN ${rateLimits.hits} + 1 ELSE 1 END`,
        windowStart,
      },
    })
    .returning({ hits: rateLimits.hits });
  const retryAfterSeconds = Math.ceil((windowStart.getTime() + options.windowMs - options.now.getTime()) / 1000);
  const hits = row?.hits ?? 0;
  return { allowed: hits <= options.limit, retryAfterSeconds, hits };
}

/** Takes back one hit of the current window (an attempt that turned out not to count, such as a right password). */
export async function refundRateLimit(
  db: Executor,
  key: string,
  options: { windowMs: number; now: Date },
): Promise<void> {
  await db
    .update(rateLimits)
    .set({ hits: sql`greatest(${rateLimits.hits} - 1, 0)` })
    .where(and(eq(rateLimits.key, key), eq(rateLimits.windowStart, windowStartOf(options))));
}

export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(eq(rateLimits.key, key));
}

/** A 429 that says when to come back, in words and in `retryAfterSeconds` (errors.ts turns it into Retry-After). */
export function rateLimited(what: string, retryAfterSeconds: number, now: Date): Problem {
  const seconds = Math.max(1, Math.ceil(retryAfterSeconds));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  const at = new Date(now.getTime() + seconds * 1000).toISOString().slice(11, 16);
  return new Problem("rate_limited", `${what} Try again in ${wait} (after ${at} UTC).`, {
    retryAfterSeconds: seconds,
  });
}
