import { and, eq, gt, inArray, isNull, or } from "drizzle-orm";
import type { StandingCheck } from "#platform/http/standing";
import { selectPrepared } from "#platform/prepared";
import { Problem } from "#shared/problems";
import { ruleLabel } from "#shared/violation-rules";
import { inForceStatuses } from "./contract";
import { covers, refusesEveryWrite, scopeLabels } from "./coverage";
import { sanctions } from "./tables";

/**
 * The enforcement (issue 15, item 8), run by the platform on every write a client or worker makes (auth.ts, after
 * the route's gate): one indexed read of the sanctions in force on the caller or their company. A sanction is in
 * force until its end date by the clock, whether or not the end job has run yet. Refuses with 403
 * `account_restricted`, naming the rule and the end date, and the sanction so the web can link to the notice.
 */
export const checkStanding: StandingCheck = async (db, { actor, operationId, now }) => {
  const party = actor.companyId
    ? or(
        and(eq(sanctions.partyType, "user"), eq(sanctions.partyId, actor.userId)),
        and(eq(sanctions.partyType, "company"), eq(sanctions.partyId, actor.companyId)),
      )
    : and(eq(sanctions.partyType, "user"), eq(sanctions.partyId, actor.userId));
  // Named (prepared.ts): every write a client or worker makes runs it, and it has two shapes.
  const inForce = await selectPrepared(
    db,
    db
      .select({
        id: sanctions.id,
        kind: sanctions.kind,
        scopes: sanctions.scopes,
        rule: sanctions.rule,
        endsAt: sanctions.endsAt,
      })
      .from(sanctions)
      .where(
        and(
          party,
          inArray(sanctions.status, [...inForceStatuses]),
          inArray(sanctions.kind, ["restriction", "suspension", "ban"]),
          or(isNull(sanctions.endsAt), gt(sanctions.endsAt, now)),
        ),
      ),
  );
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
