import { and, eq, gt, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { ResetPassword } from "../contract";
import { passwordResets, sessions, users } from "../tables";

/** Uses the link once: sets the password and ends every session of the account. */
export async function resetPassword(ctx: Ctx, input: ResetPassword): Promise<{ ok: true }> {
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
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(sessions.userId, reset.userId), isNull(sessions.revokedAt)));
    await recordEvent(tx, ctx, {
      action: "user.password_reset",
      subject: { type: "user", id: reset.userId },
      as: { kind: "user", id: reset.userId },
    });
    return { ok: true as const };
  });
}
