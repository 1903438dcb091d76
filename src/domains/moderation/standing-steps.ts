import { type SQL, sql } from "drizzle-orm";
import { type LookupRead, lookupReadOf } from "#domains/accounts/index";
import type { Executor } from "#platform/db";
import type { StandingCheck } from "#platform/http/standing";
import { type Params, preparedSelect } from "#platform/prepared";
import { Problem } from "#shared/problems";
import { ruleLabel } from "#shared/violation-rules";
import { inForceStatuses, type SanctionKind } from "./contract";
import { covers, refusesEveryWrite, scopeLabels } from "./coverage";
import { sanctions } from "./tables";

type InForce = Pick<typeof sanctions.$inferSelect, "id" | "kind" | "scopes" | "rule" | "endsAt">;

/** Constants as literals: the partial index `sanctions_in_force` names the statuses, so even a generic plan uses it. */
const listed = (values: readonly string[]) => sql.raw(values.map((v) => `'${v}'`).join(", "));
const refusingKinds: SanctionKind[] = ["restriction", "suspension", "ban"];

/** The sanctions that can refuse a write, in force on `party` at `now` (until their end date by the clock). */
function inForceOn(party: SQL, now: SQL): SQL {
  return sql`(${party}) AND ${sanctions.status} IN (${listed(inForceStatuses)})
    AND ${sanctions.kind} IN (${listed(refusingKinds)})
    AND (${sanctions.endsAt} IS NULL OR ${sanctions.endsAt} > ${now})`;
}

const partyIs = (type: "user" | "company", id: SQL) =>
  sql`${sanctions.partyType} = '${sql.raw(type)}' AND ${sanctions.partyId} = ${id}`;

/**
 * Folded into the credential lookup (accounts provides the hook, moderation.index.ts registers it): the request that
 * will ask the check reads the caller's sanctions in force in the same statement, as one JSON array. A company-less
 * caller's company is NULL, which matches nothing.
 */
export const standingRead: LookupRead = ({ userId, companyId }, now) =>
  sql`(SELECT coalesce(json_agg(json_build_object('id', ${sanctions.id}, 'kind', ${sanctions.kind},
      'scopes', ${sanctions.scopes}, 'rule', ${sanctions.rule}, 'endsAt', ${sanctions.endsAt})), '[]'::json)
    FROM ${sanctions}
    WHERE ${inForceOn(sql`(${partyIs("user", userId)}) OR (${partyIs("company", companyId)})`, now)})`;

function decodeInForce(value: unknown): InForce[] {
  const rows = (typeof value === "string" ? JSON.parse(value) : value) as (Omit<InForce, "endsAt"> & {
    endsAt: string | null;
  })[];
  return rows.map((row) => ({ ...row, endsAt: row.endsAt === null ? null : new Date(row.endsAt) }));
}

/** The same read on its own, for an actor whose lookup did not carry it; two shapes: the user, or with their company. */
const inForceOf = preparedSelect(
  (db: Executor, p: Params<{ userId: string; companyId: string | null; now: string }>, withCompany: boolean) => {
    const user = partyIs("user", sql`${p.userId}::uuid`);
    const party = withCompany ? sql`(${user}) OR (${partyIs("company", sql`${p.companyId}::uuid`)})` : user;
    return db
      .select({
        id: sanctions.id,
        kind: sanctions.kind,
        scopes: sanctions.scopes,
        rule: sanctions.rule,
        endsAt: sanctions.endsAt,
      })
      .from(sanctions)
      .where(inForceOn(party, sql`${p.now}::timestamptz`));
  },
);

/**
 * The enforcement (issue 15, item 8), run by the platform on every write a client or worker makes (auth.ts, after
 * the route's gate): one indexed read of the sanctions in force on the caller or their company, made by the
 * credential lookup when it could (`standingRead`). A sanction is in force until its end date by the clock, whether
 * or not the end job has run yet. Refuses with 403 `account_restricted`, naming the rule and the end date, and the
 * sanction so the web can link to the notice.
 */
export const checkStanding: StandingCheck = async (db, { actor, operationId, now }) => {
  const read = lookupReadOf(actor, "standing");
  const inForce =
    read === undefined
      ? await inForceOf(
          db,
          { userId: actor.userId, companyId: actor.companyId, now: now.toISOString() },
          actor.companyId !== null,
        )
      : decodeInForce(read);
  const refusing = inForce.find((s) => covers(s, operationId));
  if (!refusing) {
    return;
  }
  const until = refusing.endsAt ? `until ${refusing.endsAt.toISOString()}` : "permanently";
  const what = refusesEveryWrite(refusing.kind)
    ? `This account is ${refusing.kind === "ban" ? "banned" : "suspended"} ${until}`
    : `This account may not ${refusing.scopes.map((s) => scopeLabels[s]).join(", ")} ${until}`;
  throw new Problem(
    "account_restricted",
    `${what}, under ${ruleLabel(refusing.rule)}. You can read the notice and appeal it from your account.`,
    {
      sanctionId: refusing.id,
      kind: refusing.kind,
      rule: refusing.rule,
      endsAt: refusing.endsAt?.toISOString() ?? null,
    },
  );
};
