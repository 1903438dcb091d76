/**
 * The credential lookup every authenticated request makes (auth.ts), and what a domain above may read with it.
 */
import { and, eq, gt, isNull, or, type SQL, sql } from "drizzle-orm";
import type { Actor, UserActor } from "#platform/context";
import { sha256 } from "#platform/crypto";
import type { Db, Executor } from "#platform/db";
import type { Credentials, LookupNeeds } from "#platform/http/auth";
import { type Params, preparedSelect, preparedStatement } from "#platform/prepared";
import type { Me } from "./contract";
import { apiKeys, companies, memberships, sessions, users } from "./tables";

/**
 * What a domain above accounts reads with the credential lookup of a request that will run the write checks (issue
 * 10: one round trip fewer on every write of a client or worker). Moderation reads the sanctions in force for the
 * standing check; policies reads the versions the caller has not accepted, for `requirePolicies`. Each provides its
 * expression when its index.ts loads: a scalar over the outer row's user, company (null without one) and account
 * type, never null itself. Its decoding stays with its domain, which gets the value back through `lookupReadOf`; read
 * before the action's transaction, like the credential itself, so a sanction or policy version that lands in the
 * same instant counts from the next request.
 */
export type LookupRead = (party: { userId: SQL; companyId: SQL; accountType: SQL }, now: SQL) => SQL<unknown>;
export type LookupReadName = "standing" | "policies";
const lookupReads: Partial<Record<LookupReadName, LookupRead>> = {};

export function provideLookupRead(name: LookupReadName, read: LookupRead): void {
  lookupReads[name] = read;
}

// Besides who the actor is, the credentials' lookup reads what GET /me shows, so /me costs that one query.
export const actorColumns = {
  userId: users.id,
  accountType: users.accountType,
  staffRole: users.staffRole,
  companyId: memberships.companyId,
  companyRole: memberships.role,
  email: users.email,
  name: users.name,
  createdAt: users.createdAt,
  emailVerifiedAt: users.emailVerifiedAt,
  timeZone: users.timeZone,
  companyName: companies.name,
};

/** An actor resolved from a session or API key, carrying the account (and, if asked, the reads) it read. */
type ResolvedActor = UserActor & { account: Me; reads?: Partial<Record<LookupReadName, unknown>> };

export function isResolved(actor: UserActor): actor is ResolvedActor {
  return "account" in actor;
}

/** What the credential lookup read for `name`, or undefined when it did not read it. */
export function lookupReadOf(actor: UserActor, name: LookupReadName): unknown {
  return isResolved(actor) ? actor.reads?.[name] : undefined;
}

interface LookupShape {
  credential: "session" | "apiKey";
  /** Only when a route will run the write checks (the standing check, then the action's own): the reads provided. */
  reads: boolean;
}

/**
 * Built once per shape (prepared.ts): the lookup every authenticated request makes skips query building, and
 * PostgreSQL plans its four-table join once per connection instead of once per request.
 */
const lookup = preparedSelect((db: Executor, p: Params<{ tokenHash: string; now: string }>, shape: LookupShape) => {
  const credential = shape.credential === "session" ? sessions : apiKeys;
  const live =
    shape.credential === "session"
      ? gt(sessions.expiresAt, p.now)
      : or(isNull(apiKeys.expiresAt), gt(apiKeys.expiresAt, p.now));
  const party = {
    userId: sql`${users.id}`,
    companyId: sql`${memberships.companyId}`,
    accountType: sql`${users.accountType}`,
  };
  const read = (name: LookupReadName) => {
    const provided = shape.reads ? lookupReads[name] : undefined;
    return provided ? sql<unknown>`${provided(party, sql`${p.now}::timestamptz`)}` : sql<unknown>`NULL`;
  };
  return db
    .select({ ...actorColumns, credentialId: credential.id, standing: read("standing"), policies: read("policies") })
    .from(credential)
    .innerJoin(users, eq(users.id, credential.userId))
    .leftJoin(memberships, eq(memberships.userId, users.id))
    .leftJoin(companies, eq(companies.id, memberships.companyId))
    .where(and(eq(credential.tokenHash, p.tokenHash), isNull(credential.revokedAt), live, isNull(users.suspendedAt)));
});

type LookupRow = Awaited<ReturnType<typeof lookup>>[number];
export type AccountRow = Omit<LookupRow, "credentialId" | LookupReadName>;

/** Recording use at most once a minute keeps the hot path read-only (built once, like the lookup). */
const recordKeyUse = preparedStatement(
  (p: Params<{ id: string; now: string; before: string }>) =>
    sql`UPDATE ${apiKeys} SET last_used_at = ${p.now}::timestamptz WHERE ${apiKeys.id} = ${p.id}::uuid
      AND (${apiKeys.lastUsedAt} IS NULL OR ${apiKeys.lastUsedAt} < ${p.before}::timestamptz)`,
);

const iso = (d: Date) => d.toISOString();

export function toMe(row: AccountRow): Me {
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
    timeZone: row.timeZone,
  };
}

function toActor(row: LookupRow, sessionId: string | null, apiKeyId: string | null): ResolvedActor {
  const { userId, accountType, staffRole, companyId, companyRole } = row;
  const who = { kind: "user" as const, userId, accountType, staffRole, companyId, companyRole, sessionId, apiKeyId };
  const actor: ResolvedActor = { ...who, unverifiedEmail: row.emailVerifiedAt === null, account: toMe(row) };
  if (row.standing !== null || row.policies !== null) {
    actor.reads = { standing: row.standing ?? undefined, policies: row.policies ?? undefined };
  }
  return actor;
}

/** Session cookie or API key → actor. One indexed lookup per request; suspended users resolve to nothing. */
export async function resolveActor(
  db: Db,
  credentials: Credentials,
  now: Date,
  needs: LookupNeeds = { standing: false },
): Promise<Actor | "invalid"> {
  const reads = needs.standing && Object.keys(lookupReads).length > 0;
  const at = now.toISOString();
  if (credentials.bearerToken) {
    const tokenHash = sha256(credentials.bearerToken);
    const [row] = await lookup(db, { tokenHash, now: at }, { credential: "apiKey", reads });
    if (!row) {
      return "invalid";
    }
    const before = new Date(now.getTime() - 60_000).toISOString();
    await recordKeyUse(db, { id: row.credentialId, now: at, before });
    return toActor(row, null, row.credentialId);
  }
  if (!credentials.sessionToken) {
    return "invalid";
  }
  const tokenHash = sha256(credentials.sessionToken);
  const [row] = await lookup(db, { tokenHash, now: at }, { credential: "session", reads });
  return row ? toActor(row, row.credentialId, null) : "invalid";
}
