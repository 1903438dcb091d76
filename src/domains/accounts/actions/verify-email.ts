import { and, eq, gt, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { sha256 } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { VerifyEmail } from "../contract";
import { emailVerifications, users } from "../tables";

/** Opens the link emailed at sign-up: the address is proven, and every other link for it stops working. */
export async function verifyEmail(ctx: Ctx, input: VerifyEmail): Promise<{ ok: true }> {
  return ctx.transaction(async (tx) => {
    const [link] = await tx
      .update(emailVerifications)
      .set({ usedAt: ctx.now })
      .where(
        and(
          eq(emailVerifications.tokenHash, sha256(input.token)),
          isNull(emailVerifications.usedAt),
          gt(emailVerifications.expiresAt, ctx.now),
        ),
      )
      .returning();
    if (!link) {
      throw new Problem(
        "token_invalid",
        "This confirmation link is invalid, was already used, or has expired. Log in and ask for a new one.",
      );
    }
    await tx
      .update(emailVerifications)
      .set({ usedAt: ctx.now })
      .where(and(eq(emailVerifications.userId, link.userId), isNull(emailVerifications.usedAt)));
    const [user] = await tx
      .update(users)
      .set({ emailVerifiedAt: ctx.now })
      .where(and(eq(users.id, link.userId), isNull(users.emailVerifiedAt)))
      .returning({ id: users.id });
    if (user) {
      await recordEvent(tx, ctx, {
        action: "user.email_verified",
        subject: { type: "user", id: user.id },
        as: { kind: "user", id: user.id },
      });
    }
    return { ok: true as const };
  });
}
