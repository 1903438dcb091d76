import { and, asc, desc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import type { Ctx, UserActor } from "#platform/context";
import { sha256 } from "#platform/crypto";
import { containing, type Db, type Executor } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import { Problem } from "#shared/problems";
import type { ApiKey, Invitation, Me, Member } from "./contract";
import { actorColumns, isResolved, toMe } from "./credential-steps";
import { apiKeys, companies, invitations, memberships, users } from "./tables";

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

/**
 * Demo accounts use `.example` addresses (a reserved domain no real person has): the first admin and worker made, and
 * the first Escalations Team and Trust & Safety staff member the demo made (none when that part of the demo did not
 * run).
 */
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
  const staff = await db
    .selectDistinctOn([users.staffRole], { role: users.staffRole, email: users.email })
    .from(users)
    .where(and(eq(users.accountType, "staff"), inArray(users.staffRole, ["escalations", "trust_safety"]), demo))
    // The demo makes its staff in one instant: `trust-safety@…` before `trust-safety-2@…`, shorter first.
    .orderBy(users.staffRole, asc(users.createdAt), sql`length(${users.email})`, asc(users.email));
  return admin && worker
    ? { admin, worker, staff: staff.flatMap(({ role, email }) => (role ? [{ role, email }] : [])) }
    : null;
}
