import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import type { CompanyRole } from "../contract";
import { companies, users } from "../tables";
import { addMembership } from "./sign-up";

export interface NewAccount {
  email: string;
  name: string;
  accountType: "client" | "worker";
  /** Already hashed, so seeding hundreds of demo accounts costs one argon2 run instead of hundreds. */
  passwordHash: string;
  /** A new company this user administers, or a place in an existing one. */
  company?: { name: string } | { id: string; role: CompanyRole };
}

/**
 * Creates an account without a session, inside the caller's transaction (the demo seeder uses it). Returns null when
 * the email is taken, so seeding the same data twice skips what exists.
 */
export async function createAccount(
  tx: Executor,
  ctx: Ctx,
  input: NewAccount,
): Promise<{ userId: string; companyId: string | null } | null> {
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email.toLowerCase(),
      name: input.name,
      accountType: input.accountType,
      passwordHash: input.passwordHash,
      createdAt: ctx.now,
      // Seeded (demo) accounts are ready to use: their addresses count as verified.
      emailVerifiedAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning({ id: users.id });
  if (!user) {
    return null;
  }
  await recordEvent(tx, ctx, {
    action: "user.created",
    subject: { type: "user", id: user.id },
    data: { accountType: input.accountType },
  });
  const target = input.company;
  if (!target) {
    return { userId: user.id, companyId: null };
  }
  if ("id" in target) {
    await addMembership(tx, ctx, user.id, target.id, target.role);
    await recordEvent(tx, ctx, {
      action: "company.member_added",
      subject: { type: "company", id: target.id },
      data: { userId: user.id, role: target.role },
    });
    return { userId: user.id, companyId: target.id };
  }
  const [company] = await tx.insert(companies).values({ name: target.name, createdAt: ctx.now }).returning();
  if (!company) {
    throw new Error("company insert returned nothing");
  }
  await addMembership(tx, ctx, user.id, company.id, "admin");
  await recordEvent(tx, ctx, {
    action: "company.created",
    subject: { type: "company", id: company.id },
    data: { name: company.name, admin: user.id },
  });
  return { userId: user.id, companyId: company.id };
}
