import { and, eq, isNull, ne } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { newToken, sha256 } from "#platform/crypto";
import type { Tx } from "#platform/db";
import { sendMail } from "#platform/mail";
import { apiKeys, emailVerifications, passwordResets, sessions } from "./tables";

export interface AccessCut {
  sessionsEnded: number;
  apiKeysRevoked: number;
  resetLinksVoided: number;
}

/**
 * Cuts off what a stolen credential could still use after a password reset or change (issue 7): the account's
 * sessions (except the one making the change), its outstanding reset links, and, when asked, every API key.
 */
export async function cutAccess(
  tx: Tx,
  now: Date,
  userId: string,
  options: { keepSessionId: string | null; revokeApiKeys: boolean },
): Promise<AccessCut> {
  const ended = await tx
    .update(sessions)
    .set({ revokedAt: now })
    .where(
      and(
        eq(sessions.userId, userId),
        isNull(sessions.revokedAt),
        options.keepSessionId ? ne(sessions.id, options.keepSessionId) : undefined,
      ),
    )
    .returning({ id: sessions.id });
  const voided = await tx
    .update(passwordResets)
    .set({ usedAt: now })
    .where(and(eq(passwordResets.userId, userId), isNull(passwordResets.usedAt)))
    .returning({ id: passwordResets.id });
  const revoked = options.revokeApiKeys
    ? await tx
        .update(apiKeys)
        .set({ revokedAt: now })
        .where(and(eq(apiKeys.userId, userId), isNull(apiKeys.revokedAt)))
        .returning({ id: apiKeys.id })
    : [];
  return { sessionsEnded: ended.length, apiKeysRevoked: revoked.length, resetLinksVoided: voided.length };
}

export const VERIFICATION_TTL_MS = 7 * 86_400_000;

/** Emails a link that proves the account owns its address (at sign-up, and again on request). */
export async function sendVerificationEmail(
  tx: Tx,
  ctx: Ctx,
  user: { id: string; email: string; name: string },
  publicUrl: string,
): Promise<void> {
  const token = newToken();
  await tx.insert(emailVerifications).values({
    userId: user.id,
    tokenHash: sha256(token),
    createdAt: ctx.now,
    expiresAt: new Date(ctx.now.getTime() + VERIFICATION_TTL_MS),
  });
  await sendMail(tx, ctx, {
    to: user.email,
    subject: "Confirm your email address for Worklane",
    text: [
      `Hello ${user.name},`,
      "",
      "Open this link within a week to confirm that this address is yours:",
      `${publicUrl}/verify-email?token=${token}`,
      "",
      "Until then you can log in and fill in your profile, but not send, accept or apply for work.",
      "If you did not sign up for Worklane, ignore this email.",
    ].join("\n"),
  });
}
