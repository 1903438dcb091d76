import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { hashPassword, newToken, sha256, verifyPassword } from "#platform/crypto";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { consumeRateLimit, rateLimited, refundRateLimit, resetRateLimit } from "#platform/rate-limit";
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
 * Log-in limits (issue 7), counted in PostgreSQL so every server process shares them, each in its own statement so a
 * failed attempt still counts. Attempts count first and a right password takes its attempt back, so parallel guesses
 * cannot slip past a limit:
 * - per account and source together: 10 wrong passwords in 15 minutes lock that pair only, so an attacker elsewhere
 *   cannot lock out the owner;
 * - per source: 100 wrong passwords in 15 minutes, whatever the accounts (credential stuffing from one address);
 * - per account from anywhere: past 30 wrong passwords in 15 minutes the account is only slowed: one attempt per
 *   10 seconds from all sources together, never locked.
 */
const PAIR = { limit: 10, windowMs: WINDOW_MS };
const SOURCE = { limit: 100, windowMs: WINDOW_MS };
const ACCOUNT = { limit: 30, windowMs: WINDOW_MS };
const SLOWED = { limit: 1, windowMs: 10_000 };

async function checkLimits(ctx: Ctx, email: string): Promise<{ succeeded(): Promise<void> }> {
  const source = ctx.ip ?? "unknown";
  const keys = {
    pair: `login:pair:${email}|${source}`,
    source: `login:ip:${source}`,
    account: `login:account:${email}`,
  };
  const now = ctx.now;
  const counted: [string, number][] = [];
  const refund = () => Promise.all(counted.map(([key, windowMs]) => refundRateLimit(ctx.db, key, { windowMs, now })));
  const pair = await consumeRateLimit(ctx.db, keys.pair, { ...PAIR, now });
  if (!pair.allowed) {
    throw rateLimited("Too many wrong passwords for this account from your network.", pair.retryAfterSeconds, now);
  }
  counted.push([keys.pair, PAIR.windowMs]);
  const fromSource = await consumeRateLimit(ctx.db, keys.source, { ...SOURCE, now });
  if (!fromSource.allowed) {
    await refund();
    throw rateLimited("Too many failed log-ins from your network.", fromSource.retryAfterSeconds, now);
  }
  counted.push([keys.source, SOURCE.windowMs]);
  const account = await consumeRateLimit(ctx.db, keys.account, { ...ACCOUNT, now });
  counted.push([keys.account, ACCOUNT.windowMs]);
  if (!account.allowed) {
    const gate = await consumeRateLimit(ctx.db, `login:slowed:${email}`, { ...SLOWED, now });
    if (!gate.allowed) {
      await refund();
      throw rateLimited(
        "This account has had many failed log-ins, so attempts are slowed down.",
        gate.retryAfterSeconds,
        now,
      );
    }
  }
  return {
    async succeeded() {
      await refund();
      await resetRateLimit(ctx.db, keys.pair);
    },
  };
}

/** Email + password, within the limits above; the session and its event commit together. */
export async function logIn(ctx: Ctx, input: LogIn, userAgent?: string): Promise<SessionStarted> {
  const limits = await checkLimits(ctx, input.email);
  const [user] = await ctx.db.select().from(users).where(eq(users.email, input.email));
  const valid = await verifyPassword(user?.passwordHash ?? (await dummyHash), input.password);
  if (!user || !valid) {
    throw new Problem("invalid_credentials", "The email or password is wrong.");
  }
  await limits.succeeded();
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
