import { and, eq, isNull, ne } from "drizzle-orm";
import type { Tx } from "#platform/db";
import { apiKeys, passwordResets, sessions } from "./tables";

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
