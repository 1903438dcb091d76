import { and, eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { CompanyRole, Member } from "../contract";
import { companyActor } from "../queries";
import { memberships, users } from "../tables";

/** Locks the member's row (and the company's admins) for a role change or removal. */
export async function lockMember(ctx: Ctx, tx: Parameters<Parameters<Ctx["transaction"]>[0]>[0], userId: string) {
  const actor = companyActor(ctx);
  // Locking every admin row of the company serialises role changes, so two admins cannot demote each other at once.
  // A removed member keeps their membership row for the record; their account is suspended and no longer counts.
  const admins = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(eq(memberships.companyId, actor.companyId), eq(memberships.role, "admin"), sql`${users.suspendedAt} IS NULL`),
    )
    // One lock order for everyone, so two concurrent changes queue instead of deadlocking.
    .orderBy(memberships.userId)
    .for("update", { of: memberships });
  const [row] = await tx
    .select({ membership: memberships, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.userId, userId),
        eq(memberships.companyId, actor.companyId),
        sql`${users.suspendedAt} IS NULL`,
      ),
    )
    .for("update", { of: memberships });
  if (!row) {
    throw new Problem("not_found", "No member with this id is in your company.");
  }
  return { actor, row, adminCount: admins.length };
}

export async function changeMemberRole(ctx: Ctx, userId: string, input: { role: CompanyRole }): Promise<Member> {
  return ctx.transaction(async (tx) => {
    const { actor, row, adminCount } = await lockMember(ctx, tx, userId);
    const before = row.membership.role;
    if (before === "admin" && input.role !== "admin" && adminCount <= 1) {
      throw new Problem("last_admin", "This is the company's only admin; make someone else admin first.");
    }
    await tx.update(memberships).set({ role: input.role }).where(eq(memberships.userId, userId));
    await recordEvent(tx, ctx, {
      action: "company.member_role_changed",
      subject: { type: "company", id: actor.companyId },
      data: { userId, before, after: input.role },
    });
    return {
      userId,
      name: row.name,
      email: row.email,
      role: input.role,
      joinedAt: row.membership.createdAt.toISOString(),
    };
  });
}
