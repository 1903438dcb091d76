import { and, eq, gt, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AccessCutView, ResetPassword } from "../contract";
import { cutAccess } from "../steps";
import { passwordResets, users } from "../tables";

/**
 * Uses the link once and cuts off every other way in: whoever asked for the reset may be recovering from a stolen
 * password, so every session ends, every other reset link dies and every API key is revoked (issue 7).
 */
export async function resetPassword(ctx: Ctx, input: ResetPassword): Promise<AccessCutView> {
  return ctx.transaction(async (tx) => {
    const [reset] = await tx
      .update(passwordResets)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(passwordResets.tokenHash, sha256(input.token)),
          isNull(passwordResets.usedAt),
          gt(passwordResets.expiresAt, ctx.now),
        ),
      )
      .returning();
    if (!reset) {
      throw new Problem(
        "token_invalid",
        "This reset link is invalid, was already used, or has expired. Ask for a new one.",
      );
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.password) })
      .where(eq(users.id, reset.userId));
    const cut = await cutAccess(tx, ctx.now, reset.userId, { keepSessionId: null, revokeApiKeys: true });
    await recordEvent(tx, ctx, {
      action: "user.password_reset",
      subject: { type: "user", id: reset.userId },
      as: { kind: "user", id: reset.userId },
      data: { ...cut },
    });
    return { ok: true as const, sessionsEnded: cut.sessionsEnded, apiKeysRevoked: cut.apiKeysRevoked };
  });
}
