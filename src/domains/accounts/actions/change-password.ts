import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, verifyPassword } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AccessCutView, ChangePassword } from "../contract";
import { userActor } from "../queries";
import { cutAccess } from "../steps";
import { users } from "../tables";

/**
 * Changing the password ends every other session and voids outstanding reset links, so a stolen session or link
 * dies with the old password; API keys go too when the person asks (`revokeApiKeys`), since programs may rely on them.
 */
export async function changePassword(ctx: Ctx, input: ChangePassword): Promise<AccessCutView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const [user] = await tx.select().from(users).where(eq(users.id, actor.userId)).for("update");
    if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
      throw new Problem("validation_failed", "The current password is wrong.", {}, [
        { pointer: "/body/currentPassword", message: "The current password is wrong." },
      ]);
    }
    await tx
      .update(users)
      .set({ passwordHash: await hashPassword(input.newPassword) })
      .where(eq(users.id, user.id));
    const cut = await cutAccess(tx, ctx.now, user.id, {
      keepSessionId: actor.sessionId,
      revokeApiKeys: input.revokeApiKeys ?? false,
    });
    await recordEvent(tx, ctx, {
      action: "user.password_changed",
      subject: { type: "user", id: user.id },
      data: { ...cut },
    });
    return { ok: true as const, sessionsEnded: cut.sessionsEnded, apiKeysRevoked: cut.apiKeysRevoked };
  });
}
