import { and, asc, desc, eq, gt, ilike, isNull, lt, or, type SQL, sql } from "drizzle-orm";
import type { Actor, Ctx, UserActor } from "#platform/context";
import { sha256 } from "#platform/crypto";
import { containing, type Db, type Executor } from "#platform/db";
import type { Credentials } from "#platform/http/auth";
import { decodeCursor, toPage } from "#platform/pagination";
import { Problem } from "#shared/problems";
import type { ApiKey, Invitation, Me, Member } from "./contract";
import { apiKeys, companies, invitations, memberships, sessions, users } from "./tables";

const iso = (d: Date) => d.toISOString();
const isoOrNull = (d: Date | null) => (d ? d.toISOString() : null);

/** Narrows to a logged-in user; routes already guarantee it, this keeps the types honest. */
export function userActor(ctx: Pick<Ctx, "actor">): UserActor {
  if (ctx.actor.kind !== "user") {
    throw new Problem("unauthenticated", "Log in, or send a valid API key as a Bearer token.");
  }
  return ctx.actor;
}

export function companyActor(ctx: Pick<Ctx, "actor">): UserActor & { companyId: string } {
  const actor = userActor(ctx);
  if (!actor.companyId) {
    throw new Problem("forbidden", "This is only for client company accounts.");
  }
  return actor as UserActor & { companyId: string };
}

// Besides who the actor is, the credentials' lookup reads what GET /me shows, so /me costs that one query.
const actorColumns = {
  userId: users.id,
  accountType: users.accountType,
  staffRole: users.staffRole,
  companyId: memberships.companyId,
  companyRole: memberships.role,
  email: users.email,
  name: users.name,
  createdAt: users.createdAt,
  emailVerifiedAt: users.emailVerifiedAt,
  companyName: companies.name,
};

/** An actor resolved from a session or API key, carrying the account as that same lookup read it. */
type ResolvedActor = UserActor & { account: Me };

function isResolved(actor: UserActor): actor is ResolvedActor {
  return "account" in actor;
}

type Lookups = ReturnType<typeof prepareLookups>;
type AccountRow = Omit<NonNullable<Awaited<ReturnType<Lookups["session"]["execute"]>>[number]>, "credentialId">;

function toMe(row: AccountRow): Me {
  return {
    id: row.userId,
    email: row.email,
    name: row.name,
    accountType: row.accountType,
    staffRole: row.staffRole,
    company:
      row.companyId && row.companyName && row.companyRole
        ? { id: row.companyId, name: row.companyName, role: row.companyRole }
        : null,
    createdAt: iso(row.createdAt),
    emailVerified: row.emailVerifiedAt !== null,
  };
}

function toActor(row: AccountRow, sessionId: string | null, apiKeyId: string | null): ResolvedActor {
  const { userId, accountType, staffRole, companyId, companyRole } = row;
  const who = { kind: "user" as const, userId, accountType, staffRole, companyId, companyRole, sessionId, apiKeyId };
  return { ...who, unverifiedEmail: row.emailVerifiedAt === null, account: toMe(row) };
}

// Compiled once per database handle (a statement, no data): the lookup every authenticated request makes skips
// query building, and PostgreSQL plans its four-table join once per connection instead of once per request.
const lookups = new WeakMap<Db, Lookups>();

function prepareLookups(db: Db) {
  const now = sql.placeholder("now");
  const tokenHash = sql.placeholder("tokenHash");
  const accountBy = (credential: typeof sessions | typeof apiKeys, live: SQL | undefined) =>
    db
      .select({ ...actorColumns, credentialId: credential.id })
      .from(credential)
      .innerJoin(users, eq(users.id, credential.userId))
      .leftJoin(memberships, eq(memberships.userId, users.id))
      .leftJoin(companies, eq(companies.id, memberships.companyId))
      .where(and(eq(credential.tokenHash, tokenHash), isNull(credential.revokedAt), live, isNull(users.suspendedAt)));
  return {
    session: accountBy(sessions, gt(sessions.expiresAt, now)).prepare("accounts_resolve_session"),
    apiKey: accountBy(apiKeys, or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, now))).prepare(
      "accounts_resolve_api_key",
    ),
  };
}

/** Session cookie or API key → actor. One indexed lookup per request; suspended users resolve to nothing. */
export async function resolveActor(db: Db, credentials: Credentials, now: Date): Promise<Actor | "invalid"> {
  let prepared = lookups.get(db);
  if (!prepared) {
    prepared = prepareLookups(db);
    lookups.set(db, prepared);
  }
  if (credentials.bearerToken) {
    const [row] = await prepared.apiKey.execute({ tokenHash: sha256(credentials.bearerToken), now });
    if (!row) {
      return "invalid";
    }
    // Recording use at most once a minute keeps the hot path read-only.
    await db
      .update(apiKeys)
      .set({ lastUsedAt: now })
      .where(
        and(
          eq(apiKeys.id, row.credentialId),
          or(isNull(apiKeys.lastUsedAt), lt(apiKeys.lastUsedAt, new Date(now.getTime() - 60_000))),
        ),
      );
    return toActor(row, null, row.credentialId);
  }
  if (!credentials.sessionToken) {
    return "invalid";
  }
  const [row] = await prepared.session.execute({ tokenHash: sha256(credentials.sessionToken), now });
  return row ? toActor(row, row.credentialId, null) : "invalid";
}

/** Outside a transaction, the account as this request's credential lookup read it; inside one (after a change), read. */
export async function getMe(ctx: Ctx, tx: Executor = ctx.db): Promise<Me> {
  const actor = userActor(ctx);
  if (tx === ctx.db && isResolved(actor)) {
    return actor.account;
  }
  return readMe(tx, actor.userId);
}

/** The session for the web app's every page: the account, or `null` (200 either way; GET /me stays 401). */
export async function getSession(ctx: Ctx): Promise<{ me: Me | null }> {
  return { me: ctx.actor.kind === "user" ? await getMe(ctx) : null };
}

/** Reads the account of `userId` as GET /me shows it (after sign-up, log-in or a change). */
export async function readMe(tx: Executor, userId: string): Promise<Me> {
  const [row] = await tx
    .select(actorColumns)
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .where(eq(users.id, userId));
  if (!row) {
    throw new Problem("not_found", "This account no longer exists.");
  }
  return toMe(row);
}

export function toApiKey(row: typeof apiKeys.$inferSelect): ApiKey {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    createdAt: iso(row.createdAt),
    lastUsedAt: isoOrNull(row.lastUsedAt),
    expiresAt: isoOrNull(row.expiresAt),
    revokedAt: isoOrNull(row.revokedAt),
  };
}

export async function listApiKeys(ctx: Ctx): Promise<{ items: ApiKey[] }> {
  const actor = userActor(ctx);
  const rows = await ctx.db
    .select()
    .from(apiKeys)
    .where(eq(apiKeys.userId, actor.userId))
    .orderBy(desc(apiKeys.createdAt));
  return { items: rows.map(toApiKey) };
}

export async function listMembers(ctx: Ctx): Promise<{ items: Member[] }> {
  const actor = companyActor(ctx);
  const rows = await ctx.db
    .select({
      userId: users.id,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, actor.companyId), isNull(users.suspendedAt)))
    .orderBy(users.name);
  return { items: rows.map((r) => ({ ...r, joinedAt: iso(r.joinedAt) })) };
}

export function invitationStatus(row: typeof invitations.$inferSelect, now: Date): Invitation["status"] {
  if (row.acceptedAt) {
    return "accepted";
  }
  if (row.revokedAt) {
    return "revoked";
  }
  return row.expiresAt <= now ? "expired" : "pending";
}

export async function listInvitations(ctx: Ctx): Promise<{ items: Invitation[] }> {
  const actor = companyActor(ctx);
  const rows = await ctx.db
    .select({ invitation: invitations, invitedBy: users.name })
    .from(invitations)
    .innerJoin(users, eq(users.id, invitations.invitedBy))
    .where(eq(invitations.companyId, actor.companyId))
    .orderBy(desc(invitations.createdAt));
  return {
    items: rows.map(({ invitation, invitedBy }) => toInvitation(invitation, invitedBy, ctx.now)),
  };
}

export function toInvitation(row: typeof invitations.$inferSelect, invitedBy: string, now: Date): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    status: invitationStatus(row, now),
    invitedBy,
    createdAt: iso(row.createdAt),
    expiresAt: iso(row.expiresAt),
  };
}

/** What the invitee sees before accepting; an unknown, used or expired token is one answer: gone. */
export async function previewInvitation(ctx: Ctx, token: string) {
  const [row] = await ctx.db
    .select({ invitation: invitations, companyName: companies.name })
    .from(invitations)
    .innerJoin(companies, eq(companies.id, invitations.companyId))
    .where(eq(invitations.tokenHash, sha256(token)));
  if (!row || invitationStatus(row.invitation, ctx.now) !== "pending") {
    throw new Problem("token_invalid", "This invitation link is invalid, was already used, or has expired.");
  }
  const { email, role, expiresAt } = row.invitation;
  return { companyName: row.companyName, email, role, expiresAt: iso(expiresAt) };
}

/** Staff look-up of any account, newest first. */
export async function listUsersForStaff(ctx: Ctx, query: { q?: string; limit: number; cursor?: string }) {
  const after = decodeCursor(query.cursor);
  const text = query.q?.trim();
  const rows = await ctx.db
    .select({ user: users, companyName: companies.name })
    .from(users)
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .where(
      and(
        text ? or(ilike(users.email, containing(text)), ilike(users.name, containing(text))) : undefined,
        after
          ? sql`(${users.createdAt}, ${users.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
          : undefined,
      ),
    )
    .orderBy(desc(users.createdAt), desc(users.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (r) => [iso(r.user.createdAt), r.user.id]);
  return {
    items: page.items.map(({ user, companyName }) => ({
      id: user.id,
      email: user.email,
      name: user.name,
      accountType: user.accountType,
      staffRole: user.staffRole,
      companyName,
      createdAt: iso(user.createdAt),
    })),
    nextCursor: page.nextCursor,
  };
}

/** Demo accounts use `.example` addresses (a reserved domain no real person has): the first admin and worker made. */
export async function firstDemoLogins(db: Db) {
  const demo = sql`${users.email} LIKE '%.example'`;
  const [admin] = await db
    .select({ email: users.email, company: companies.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(memberships.role, "admin"), demo))
    .orderBy(asc(users.createdAt))
    .limit(1);
  const [worker] = await db
    .select({ email: users.email })
    .from(users)
    .where(and(eq(users.accountType, "worker"), demo))
    .orderBy(asc(users.createdAt))
    .limit(1);
  return admin && worker ? { admin, worker } : null;
}
