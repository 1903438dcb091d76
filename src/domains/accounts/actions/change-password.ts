import { and, eq, isNull, ne } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, verifyPassword } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { ChangePassword } from "../contract";
import { userActor } from "../queries";
import { sessions, users } from "../tables";

/** Changing the password ends every other session, so a stolen session dies with the old password. */
export async function changePassword(ctx: Ctx, input: ChangePassword): Promise<{ ok: true }> {
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
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(
        and(
          eq(sessions.userId, user.id),
          isNull(sessions.revokedAt),
          actor.sessionId ? ne(sessions.id, actor.sessionId) : undefined,
        ),
      );
    await recordEvent(tx, ctx, { action: "user.password_changed", subject: { type: "user", id: user.id } });
    return { ok: true as const };
  });
}
