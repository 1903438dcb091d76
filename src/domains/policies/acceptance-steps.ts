/**
 * The check every commitment to work makes (`requirePolicies`): has the caller accepted the current version of every
 * policy that binds them. Read with the credential lookup when the request carried it (issue 10), else on its own.
 */
import { and, desc, eq, inArray, notExists, sql } from "drizzle-orm";
import { type LookupRead, lookupReadOf } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type Params, preparedSelect } from "#platform/prepared";
import { Problem } from "#shared/problems";
import { type PolicyKind, policyAudiences, policyKinds } from "./contract";
import { appliesTo } from "./queries";
import { policyAcceptances, policyVersions } from "./tables";

interface Unaccepted {
  id: string;
  kind: PolicyKind;
  version: number;
  title: string;
}

/**
 * One statement on every write that needs it (issue 10): the newest version of each kind that binds the actor, kept
 * only when they have not accepted it. The overview (two reads, every body) is for the policies page. Built once per
 * set of kinds (one per account type), so the request only fills in the user.
 */
const unacceptedLatest = preparedSelect((db: Executor, p: Params<{ userId: string }>, kinds: PolicyKind[]) => {
  const latest = db
    .selectDistinctOn([policyVersions.kind], {
      id: policyVersions.id,
      kind: policyVersions.kind,
      version: policyVersions.version,
      title: policyVersions.title,
    })
    .from(policyVersions)
    .where(inArray(policyVersions.kind, kinds))
    .orderBy(policyVersions.kind, desc(policyVersions.version))
    .as("latest");
  return db
    .select()
    .from(latest)
    .where(
      notExists(
        db
          .select({ one: sql`1` })
          .from(policyAcceptances)
          .where(and(eq(policyAcceptances.versionId, latest.id), eq(policyAcceptances.userId, p.userId))),
      ),
    );
});

/** The kinds that bind an account type, as SQL over the lookup's row (a staff account: none). */
function bindsAccountType(accountType: ReturnType<typeof sql>) {
  const listed = (type: "client" | "worker") =>
    sql.raw(
      policyKinds
        .filter((kind) => (policyAudiences[kind] as readonly string[]).includes(type))
        .map((kind) => `'${kind}'`)
        .join(", "),
    );
  return sql`CASE ${accountType} WHEN 'client' THEN ${policyVersions.kind} IN (${listed("client")})
    WHEN 'worker' THEN ${policyVersions.kind} IN (${listed("worker")}) ELSE false END`;
}

/**
 * The same read folded into the credential lookup (policies/index.ts provides it to accounts): the versions the
 * caller has not accepted, as one JSON array, for the request that will run the write checks.
 */
export const unacceptedRead: LookupRead = ({ userId, accountType }) =>
  sql`(SELECT coalesce(json_agg(json_build_object('id', latest.id, 'kind', latest.kind, 'version', latest.version,
      'title', latest.title)), '[]'::json)
    FROM (SELECT DISTINCT ON (${policyVersions.kind}) ${policyVersions.id} AS id, ${policyVersions.kind} AS kind,
        ${policyVersions.version} AS version, ${policyVersions.title} AS title
      FROM ${policyVersions}
      WHERE ${bindsAccountType(accountType)}
      ORDER BY ${policyVersions.kind}, ${policyVersions.version} DESC) latest
    WHERE NOT EXISTS (SELECT 1 FROM ${policyAcceptances}
      WHERE ${policyAcceptances.versionId} = latest.id AND ${policyAcceptances.userId} = ${userId}))`;

const decodeUnaccepted = (value: unknown) => (typeof value === "string" ? JSON.parse(value) : value) as Unaccepted[];

/**
 * Refuses with 403 `policy_acceptance_required` (listing what to accept in `pending`) unless the actor accepted the
 * current version of every policy that applies to them. Call it before posting, applying for, accepting or working
 * on an assignment (seed: "review and understand our policies … before you post, apply, accept, or work").
 */
export async function requirePolicies(tx: Executor, ctx: Pick<Ctx, "actor" | "db">): Promise<void> {
  const { actor } = ctx;
  const kinds = policyKinds.filter((kind) => appliesTo(actor, kind));
  if (actor.kind !== "user" || kinds.length === 0) {
    return;
  }
  const read = lookupReadOf(actor, "policies");
  const rows =
    read === undefined ? await unacceptedLatest(tx, { userId: actor.userId }, kinds) : decodeUnaccepted(read);
  const pending = policyKinds.flatMap((kind) =>
    rows
      .filter((r) => r.kind === kind)
      .map((r) => ({ kind: r.kind, versionId: r.id, version: r.version, title: r.title })),
  );
  if (pending.length > 0) {
    const names = pending.map((p) => `${p.title} (version ${p.version})`).join(", ");
    throw new Problem("policy_acceptance_required", `Please accept first: ${names}.`, { pending });
  }
}
