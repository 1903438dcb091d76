import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { newToken, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { sendMail } from "#platform/mail";
import { consumeRateLimit } from "#platform/rate-limit";
import type { RequestPasswordReset } from "../contract";
import { passwordResets, users } from "../tables";

export const RESET_TTL_MS = 60 * 60_000;

/**
 * Emails a one-time link. The answer is the same whether or not the email has an account, so the endpoint
 * cannot be used to find out who is registered; a few requests per hour per address are honoured.
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
  return ctx.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.email, input.email));
    if (!user || user.suspendedAt) {
      return { ok: true as const };
    }
    const token = newToken();
    await tx.insert(passwordResets).values({
      userId: user.id,
      tokenHash: sha256(token),
      createdAt: ctx.now,
      expiresAt: new Date(ctx.now.getTime() + RESET_TTL_MS),
    });
    await sendMail(tx, ctx, {
      to: user.email,
      subject: "Reset your Worklane password",
      text: [
        `Hello ${user.name},`,
        "",
        "Someone asked to reset the password of your Worklane account. If it was you, open this link within an hour:",
        `${publicUrl}/reset-password?token=${token}`,
        "",
        "Choosing a new password logs out every session of your account, stops every other reset link, and revokes",
        "all your API keys: programs that use them stop working until you make new keys on the API keys page:",
        `${publicUrl}/settings/api-keys`,
        "",
        "If it was not you, ignore this email: your password stays as it is.",
      ].join("\n"),
    });
    await recordEvent(tx, ctx, { action: "user.password_reset_requested", subject: { type: "user", id: user.id } });
    return { ok: true as const };
  });
}
