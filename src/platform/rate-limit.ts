import { sql } from "drizzle-orm";
import type { Executor } from "./db";
import { rateLimits } from "./tables";

/**
 * Counts one hit against `key` in a fixed window and says whether it is still within `limit`.
 * The counter lives in PostgreSQL, so every server process sees the same count.
 */
export async function consumeRateLimit(
  db: Executor,
  key: string,
  options: { limit: number; windowMs: number; now: Date },
): Promise<{ allowed: boolean; retryAfterSeconds: number }> {
  const windowStart = new Date(Math.floor(options.now.getTime() / options.windowMs) * options.windowMs);
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
  return { allowed: (row?.hits ?? 0) <= options.limit, retryAfterSeconds };
}

export async function resetRateLimit(db: Executor, key: string): Promise<void> {
  await db.delete(rateLimits).where(sql`${rateLimits.key} = ${key}`);
}
