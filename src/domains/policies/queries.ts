import { and, desc, eq, inArray, lt } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import {
  type PendingPolicy,
  type PolicyDocument,
  type PolicyKind,
  type PolicyOverview,
  type PolicyVersion,
  type PolicyVersionDetail,
  type PolicyVersionSummary,
  policyAudiences,
  policyKindLabels,
  policyKinds,
} from "./contract";
import { policyAcceptances, policyVersions } from "./tables";

type VersionRow = typeof policyVersions.$inferSelect;

export function toSummary(row: VersionRow): PolicyVersionSummary {
  return {
    id: row.id,
    kind: row.kind,
    version: row.version,
    title: row.title,
    summaryOfChanges: row.summaryOfChanges,
    publishedAt: row.publishedAt.toISOString(),
  };
}

export function toVersion(row: VersionRow, publisherName: string | null): PolicyVersion {
  return {
    ...toSummary(row),
    body: row.body,
    publishedBy: row.publishedBy ? { id: row.publishedBy, name: publisherName ?? "" } : null,
  };
}

/** The newest version of each kind. */
export async function currentVersions(tx: Executor): Promise<VersionRow[]> {
  const rows = await tx
    .selectDistinctOn([policyVersions.kind])
    .from(policyVersions)
    .orderBy(policyVersions.kind, desc(policyVersions.version));
  return policyKinds.flatMap((kind) => rows.filter((r) => r.kind === kind));
}

/** Whether a kind binds this actor. Staff and the system are exempt: they never post, apply or work. */
export function appliesTo(actor: Actor, kind: PolicyKind): boolean {
  if (actor.kind !== "user" || actor.accountType === "staff") {
    return false;
  }
  return (policyAudiences[kind] as readonly string[]).includes(actor.accountType);
}

async function acceptancesOf(tx: Executor, userId: string) {
  return tx
    .select({
      versionId: policyAcceptances.versionId,
      acceptedAt: policyAcceptances.acceptedAt,
      version: policyVersions,
    })
    .from(policyAcceptances)
    .innerJoin(policyVersions, eq(policyVersions.id, policyAcceptances.versionId))
    .where(eq(policyAcceptances.userId, userId));
}

function toPending(row: VersionRow): PendingPolicy {
  return { kind: row.kind, versionId: row.id, version: row.version, title: row.title };
}

export async function getPolicyOverview(
  ctx: Pick<Ctx, "actor" | "db">,
  tx: Executor = ctx.db,
): Promise<PolicyOverview> {
  const { actor } = ctx;
  const current = await currentVersions(tx);
  const accepted = actor.kind === "user" ? await acceptancesOf(tx, actor.userId) : [];
  const items = current.map((row) => {
    const mine = accepted.filter((a) => a.version.kind === row.kind);
    const ofCurrent = mine.find((a) => a.versionId === row.id);
    const earlier = mine.filter((a) => a.version.version < row.version).map((a) => a.version.version);
    return {
      kind: row.kind,
      label: policyKindLabels[row.kind],
      audience: [...policyAudiences[row.kind]],
      current: toSummary(row),
      appliesToYou: actor.kind === "user" ? appliesTo(actor, row.kind) : null,
      acceptedAt: ofCurrent ? ofCurrent.acceptedAt.toISOString() : null,
      lastAcceptedVersion: ofCurrent ? row.version : earlier.length > 0 ? Math.max(...earlier) : null,
    };
  });
  const pending = current
    .filter((row) => appliesTo(actor, row.kind) && !accepted.some((a) => a.versionId === row.id))
    .map(toPending);
  return { items, pending };
}

async function withPublisher(tx: Executor, where: ReturnType<typeof and>) {
  return tx
    .select({ version: policyVersions, publisherName: users.name })
    .from(policyVersions)
    .leftJoin(users, eq(users.id, policyVersions.publishedBy))
    .where(where)
    .orderBy(desc(policyVersions.version))
    .limit(1);
}

export async function getPolicyDocument(ctx: Ctx, kind: PolicyKind): Promise<PolicyDocument> {
  const rows = await ctx.db
    .select()
    .from(policyVersions)
    .where(eq(policyVersions.kind, kind))
    .orderBy(desc(policyVersions.version));
  const [newest] = rows;
  if (!newest) {
    throw new Problem("not_found", "This policy has not been published yet.");
  }
  const [withName] = await withPublisher(ctx.db, eq(policyVersions.id, newest.id));
  return {
    kind,
    label: policyKindLabels[kind],
    current: toVersion(newest, withName?.publisherName ?? null),
    versions: rows.map(toSummary),
  };
}

export async function getPolicyVersion(ctx: Ctx, kind: PolicyKind, version: number): Promise<PolicyVersionDetail> {
  const [row] = await withPublisher(ctx.db, and(eq(policyVersions.kind, kind), eq(policyVersions.version, version)));
  if (!row) {
    throw new Problem("not_found", `Version ${version} of this policy does not exist.`);
  }
  const [previous] = await ctx.db
    .select()
    .from(policyVersions)
    .where(and(eq(policyVersions.kind, kind), lt(policyVersions.version, version)))
    .orderBy(desc(policyVersions.version))
    .limit(1);
  return {
    ...toVersion(row.version, row.publisherName),
    previous: previous
      ? { id: previous.id, version: previous.version, title: previous.title, body: previous.body }
      : null,
  };
}

/** For the history domain: policy versions are public, so their history is visible to anyone logged in. */
export async function policyVersionExists(tx: Executor, id: string): Promise<boolean> {
  const rows = await tx
    .select({ id: policyVersions.id })
    .from(policyVersions)
    .where(inArray(policyVersions.id, [id]));
  return rows.length > 0;
}
