import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword } from "#platform/crypto";
import type { Executor, Tx } from "#platform/db";
import { recordEvent } from "#platform/history";
import { sendMail } from "#platform/mail";
import { consumeRateLimit, rateLimited } from "#platform/rate-limit";
import { Problem } from "#shared/problems";
import type { CompanyRole, SignUp } from "../contract";
import { sendVerificationEmail } from "../steps";
import { companies, memberships, users } from "../tables";

interface NewUser {
  email: string;
  name: string;
  password: string;
  accountType: "client" | "worker" | "staff";
  staffRole?: "admin" | "escalations" | "trust_safety";
  /** When the address was proven; null for a sign-up until its link is opened (invitations and staff: now). */
  emailVerifiedAt?: Date | null;
}

/** Inserts a user, or returns null when the email is taken (the unique index decides, not an earlier check). */
async function tryInsertUser(tx: Executor, ctx: Ctx, input: NewUser) {
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
      emailVerifiedAt: input.emailVerifiedAt === undefined ? ctx.now : input.emailVerifiedAt,
    })
    .onConflictDoNothing()
    .returning();
  return user ?? null;
}

/** Inserts a user, refusing a taken email without relying on the caller having checked first. */
export async function insertUser(tx: Executor, ctx: Ctx, input: NewUser) {
  const user = await tryInsertUser(tx, ctx, input);
  if (!user) {
    throw new Problem("email_taken", "An account with this email already exists. Log in, or reset your password.");
  }
  return user;
}

export async function addMembership(tx: Executor, ctx: Ctx, userId: string, companyId: string, role: CompanyRole) {
  await tx.insert(memberships).values({ userId, companyId, role, createdAt: ctx.now });
}

/** Sign-ups per source address and hour; WORKLANE_SIGNUPS_PER_HOUR raises it (the bench signs up many from one). */
const signupsPerSource = () => ({ limit: Number(process.env.WORKLANE_SIGNUPS_PER_HOUR ?? 20), windowMs: 3_600_000 });

/**
 * Sign-up answers the same whether or not the email has an account (issue 7): 202 and "check your email", after the
 * same password hashing, one email and one event either way. A new account gets a verification link (it can log in
 * and fill its profile at once, but not send, accept or apply until verified); the owner of a taken address gets a
 * note instead, and nothing else changes. A client's sign-up creates the company tenant and makes them its admin.
 */
export async function signUp(ctx: Ctx, input: SignUp, publicUrl: string): Promise<{ ok: true }> {
  const limit = await consumeRateLimit(ctx.db, `signup:ip:${ctx.ip ?? "unknown"}`, {
    ...signupsPerSource(),
    now: ctx.now,
  });
  if (!limit.allowed) {
    throw rateLimited("Too many sign-ups from your network.", limit.retryAfterSeconds, ctx.now);
  }
  return ctx.transaction(async (tx) => {
    const user = await tryInsertUser(tx, ctx, { ...input, emailVerifiedAt: null });
    if (!user) {
      await tellOwner(tx, ctx, input.email, publicUrl);
      return { ok: true as const };
    }
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
    await sendVerificationEmail(tx, ctx, user, publicUrl);
    return { ok: true as const };
  });
}

/** Someone signed up with an address that has an account: its owner hears of it, the caller learns nothing. */
async function tellOwner(tx: Tx, ctx: Ctx, email: string, publicUrl: string): Promise<void> {
  const [owner] = await tx.select().from(users).where(eq(users.email, email));
  if (!owner) {
    return;
  }
  await sendMail(tx, ctx, {
    to: owner.email,
    subject: "Someone tried to sign up with your email address",
    text: [
      `Hello ${owner.name},`,
      "",
      "Someone just tried to create a Worklane account with this address, which already has one. No account was",
      "made and nothing changed. If it was you, log in instead:",
      `${publicUrl}/login`,
      "or, if you forgot your password, choose a new one:",
      `${publicUrl}/forgot-password`,
      "",
      "If it was not you, you can ignore this email.",
    ].join("\n"),
  });
  await recordEvent(tx, ctx, { action: "user.signup_attempted", subject: { type: "user", id: owner.id } });
}
