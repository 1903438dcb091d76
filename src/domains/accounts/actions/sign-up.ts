import type { Ctx } from "#platform/context";
import { hashPassword } from "#platform/crypto";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { CompanyRole, SignUp } from "../contract";
import { companies, memberships, users } from "../tables";
import { createSession, type SessionStarted } from "./log-in";

/** Inserts a user, refusing a taken email without relying on the caller having checked first. */
export async function insertUser(
  tx: Executor,
  ctx: Ctx,
  input: {
    email: string;
    name: string;
    password: string;
    accountType: "client" | "worker" | "staff";
    staffRole?: "admin" | "escalations" | "trust_safety";
  },
) {
  const passwordHash = await hashPassword(input.password);
  const [user] = await tx
    .insert(users)
    .values({
      email: input.email,
      name: input.name,
      accountType: input.accountType,
      staffRole: input.staffRole ?? null,
      passwordHash,
      createdAt: ctx.now,
    })
    .onConflictDoNothing()
    .returning();
  if (!user) {
    throw new Problem("email_taken", "An account with this email already exists. Log in, or reset your password.");
  }
  return user;
}

export async function addMembership(tx: Executor, ctx: Ctx, userId: string, companyId: string, role: CompanyRole) {
  await tx.insert(memberships).values({ userId, companyId, role, createdAt: ctx.now });
}

/** A client's sign-up creates the company tenant and makes them its admin, in the same transaction. */
export async function signUp(ctx: Ctx, input: SignUp, userAgent?: string): Promise<SessionStarted> {
  return ctx.transaction(async (tx) => {
    const user = await insertUser(tx, ctx, input);
    const as = { kind: "user", id: user.id } as const;
    await recordEvent(tx, ctx, {
      action: "user.signed_up",
      subject: { type: "user", id: user.id },
      as,
      data: { accountType: input.accountType },
    });
    if (input.accountType === "client" && input.companyName) {
      const [company] = await tx.insert(companies).values({ name: input.companyName, createdAt: ctx.now }).returning();
      if (!company) {
        throw new Error("company insert returned nothing");
      }
      await addMembership(tx, ctx, user.id, company.id, "admin");
      await recordEvent(tx, ctx, {
        action: "company.created",
        subject: { type: "company", id: company.id },
        as,
        data: { name: company.name, admin: user.id },
      });
    }
    return createSession(tx, ctx, user.id, userAgent);
  });
}
