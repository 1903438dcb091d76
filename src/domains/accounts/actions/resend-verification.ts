import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { consumeRateLimit, rateLimited } from "#platform/rate-limit";
import { userActor } from "../queries";
import { sendVerificationEmail } from "../steps";
import { users } from "../tables";

/** "Send the link again" from the banner: a few times an hour per account; nothing to do once verified. */
export async function resendVerification(ctx: Ctx, publicUrl: string): Promise<{ ok: true }> {
  const actor = userActor(ctx);
  const limit = await consumeRateLimit(ctx.db, `verify:user:${actor.userId}`, {
    limit: 5,
    windowMs: 3_600_000,
    now: ctx.now,
  });
  if (!limit.allowed) {
    throw rateLimited("We already sent several links this hour.", limit.retryAfterSeconds, ctx.now);
  }
  return ctx.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!user || user.emailVerifiedAt) {
      return { ok: true as const };
    }
    await sendVerificationEmail(tx, ctx, user, publicUrl);
    await recordEvent(tx, ctx, { action: "user.verification_sent", subject: { type: "user", id: user.id } });
    return { ok: true as const };
  });
}
