import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { sessions, users } from "../tables";
import { lockMember } from "./change-member-role";

/** Removing a member closes their account: a client account belongs to exactly one company. */
export async function removeMember(ctx: Ctx, userId: string): Promise<{ ok: true }> {
  return ctx.transaction(async (tx) => {
    const { actor, row, adminCount } = await lockMember(ctx, tx, userId);
    if (row.membership.role === "admin" && adminCount <= 1) {
      throw new Problem("last_admin", "This is the company's only admin; make someone else admin first.");
    }
    await tx.update(users).set({ suspendedAt: ctx.now }).where(eq(users.id, userId));
    await tx
      .update(sessions)
      .set({ revokedAt: ctx.now })
      .where(and(eq(sessions.userId, userId), sql`${sessions.revokedAt} IS NULL`));
    await recordEvent(tx, ctx, {
      action: "company.member_removed",
      subject: { type: "company", id: actor.companyId },
      data: { userId, role: row.membership.role },
    });
    return { ok: true as const };
  });
}
