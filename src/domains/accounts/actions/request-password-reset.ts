import type { Ctx } from "#platform/context";
import { enqueue } from "#platform/jobs";
import { consumeRateLimit } from "#platform/rate-limit";
import type { RequestPasswordReset } from "../contract";
import { passwordResetJob } from "../jobs";

/**
 * Emails a one-time link. The request does the same work whatever the email (a rate-limit count and one queued job;
 * the job looks the account up), so neither the answer nor its timing tells who is registered; a few requests per
 * hour per address are honoured.
 */
export async function requestPasswordReset(
  ctx: Ctx,
  input: RequestPasswordReset,
  publicUrl: string,
): Promise<{ ok: true }> {
  const limit = await consumeRateLimit(ctx.db, `reset:${input.email}`, { limit: 5, windowMs: 3_600_000, now: ctx.now });
  if (!limit.allowed) {
    return { ok: true };
  }
  await ctx.transaction((tx) => enqueue(tx, ctx, passwordResetJob.name, { email: input.email, publicUrl }));
  return { ok: true };
}
