import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, newToken, sha256, verifyPassword } from "#platform/crypto";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { consumeRateLimit } from "#platform/rate-limit";
import { Problem } from "#shared/problems";
import type { LogIn, Me } from "../contract";
import { readMe } from "../queries";
import { sessions, users } from "../tables";

export const SESSION_DAYS = 30;
const WINDOW_MS = 15 * 60_000;
// Compared against when the email is unknown, so a wrong email costs the same time as a wrong password.
const dummyHash = hashPassword(newToken());

export interface SessionStarted {
  me: Me;
  token: string;
  expiresAt: Date;
}

/** Opens a session inside the caller's transaction and returns the token for the cookie (stored hashed). */
export async function createSession(
  tx: Executor,
  ctx: Ctx,
  userId: string,
  userAgent?: string,
): Promise<SessionStarted> {
  const token = newToken();
  const expiresAt = new Date(ctx.now.getTime() + SESSION_DAYS * 86_400_000);
  await tx.insert(sessions).values({
    tokenHash: sha256(token),
    userId,
    createdAt: ctx.now,
    expiresAt,
    ip: ctx.ip,
    userAgent: userAgent?.slice(0, 300) ?? null,
  });
  return { me: await readMe(tx, userId), token, expiresAt };
}

/**
 * Email + password. Attempts are counted per account and per IP in PostgreSQL before the password is checked,
 * in their own statement, so a failed attempt still counts and every server process shares the counters.
 */
export async function logIn(ctx: Ctx, input: LogIn, userAgent?: string): Promise<SessionStarted> {
  const limits = [
    consumeRateLimit(ctx.db, `login:account:${input.email}`, { limit: 10, windowMs: WINDOW_MS, now: ctx.now }),
    consumeRateLimit(ctx.db, `login:ip:${ctx.ip ?? "unknown"}`, { limit: 100, windowMs: WINDOW_MS, now: ctx.now }),
  ];
  for (const limit of await Promise.all(limits)) {
    if (!limit.allowed) {
      throw new Problem(
        "rate_limited",
        `Too many login attempts. Try again in ${Math.ceil(limit.retryAfterSeconds / 60)} minutes.`,
        {
          retryAfterSeconds: limit.retryAfterSeconds,
        },
      );
    }
  }
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid) {
    throw new Problem("invalid_credentials", "The email or password is wrong.");
  }
  if (user.suspendedAt) {
    throw new Problem("account_suspended", "This account is suspended. Contact Worklane Trust & Safety.");
  }
  return ctx.transaction(async (tx) => {
    const started = await createSession(tx, ctx, user.id, userAgent);
    await recordEvent(tx, ctx, {
      action: "user.logged_in",
      subject: { type: "user", id: user.id },
      as: { kind: "user", id: user.id },
    });
    return started;
  });
}
