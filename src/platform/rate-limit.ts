import { eq, sql } from "drizzle-orm";
import { Problem } from "#shared/problems";
import type { Executor } from "./db";
import { type Params, preparedStatement } from "./prepared";
import { rateLimits } from "./tables";

export interface RateLimitWindow {
  limit: number;
  windowMs: number;
  now: Date;
}

function windowStartOf(options: { windowMs: number; now: Date }): Date {
  return new Date(Math.floor(options.now.getTime() / options.windowMs) * options.windowMs);
}

// Built once (prepared.ts): every log-in attempt runs several of each. In ON CONFLICT, the qualified columns are the
// row already there.
const countHit = preparedStatement<{ hits: number }, { key: string; windowStart: string }>(
  (p) => sql`INSERT INTO ${rateLimits} (key, window_start, hits) VALUES (${p.key}, ${p.windowStart}::timestamptz, 1)
    ON CONFLICT (key) DO UPDATE SET window_start = excluded.window_start,
      hits = CASE WHEN ${rateLimits.windowStart} = excluded.window_start THEN ${rateLimits.hits} + 1 ELSE 1 END
    RETURNING hits`,
);

const takeBackHit = preparedStatement(
  (p: Params<{ key: string; windowStart: string }>) =>
    sql`UPDATE ${rateLimits} SET hits = greatest(${rateLimits.hits} - 1, 0)
    WHERE ${rateLimits.key} = ${p.key} AND ${rateLimits.windowStart} = ${p.windowStart}::timestamptz`,
);

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
  const [row] = await countHit(db, { key, windowStart: windowStart.toISOString() });
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
  await takeBackHit(db, { key, windowStart: windowStartOf(options).toISOString() });
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
