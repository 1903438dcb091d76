/**
 * Which of a talent record's events a caller reads through GET /events?subject=<type>:<id> (history domain), as a
 * condition on the events table; null (404) when the record is not theirs to see. Each rule is the record's own read
 * scope (scope.ts and the subfolders' scope.ts), so the history never shows more than the record itself:
 * - credential: its worker all of it; any client company and staff too (they read the credential), but each only its
 *   own reviews and staff's, never another company's verification or rejection (reviewsFor).
 * - requirement set, pool, skill test, agreement: the owning company's members and staff all of it; a worker who may
 *   see the pool, test or agreement only the events about themself (membership, invitation, signature), as an
 *   assignment's history shows a worker their share.
 * - test attempt: the worker who took it, the company whose test it is, and staff.
 */
import { and, eq, or, type SQL, sql } from "drizzle-orm";
import type { UserActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { events } from "#platform/tables";
import { agreementsVisibleTo } from "./agreements/scope";
import { agreements } from "./agreements/tables";
import { poolsVisibleTo } from "./pools/scope";
import { talentPools } from "./pools/tables";
import { mayReadCredential } from "./scope";
import { credentials, requirementSets } from "./tables";
import { testsVisibleTo } from "./tests/scope";
import { skillTestAttempts, skillTests } from "./tests/tables";

export const talentSubjectTypes = [
  "credential",
  "requirement_set",
  "talent_pool",
  "skill_test",
  "skill_test_attempt",
  "agreement",
] as const;
export type TalentSubjectType = (typeof talentSubjectTypes)[number];

type Scope = (tx: Executor, actor: UserActor, id: string) => Promise<SQL | null>;

const ALL = sql`true`;
const isStaff = (actor: UserActor) => actor.accountType === "staff";
const companyOf = (actor: UserActor) => (actor.accountType === "client" ? actor.companyId : null);
/** The events that name this worker: their membership, invitation, signature; nothing about other workers. */
const aboutWorker = (workerId: string) => sql`${events.data}->>'workerId' = ${workerId}` as SQL;
const reviewBy = sql`${events.data}->>'companyId'`;

const credential: Scope = async (tx, actor, id) => {
  const [row] = await tx.select().from(credentials).where(eq(credentials.id, id));
  if (!row || !mayReadCredential(actor, row)) {
    return null;
  }
  if (actor.userId === row.workerId) {
    return ALL;
  }
  // Staff see staff's reviews, a company its own and staff's: the events without a reviewing company, or with theirs.
  const company = companyOf(actor);
  return company ? (or(sql`${reviewBy} is null`, sql`${reviewBy} = ${company}`) as SQL) : sql`${reviewBy} is null`;
};

/** An owned record: all of it for the owning company's members and staff, a worker's share where they may see it. */
function owned(
  table: typeof requirementSets | typeof talentPools | typeof skillTests | typeof agreements,
  workerSees: ((actor: UserActor) => SQL | undefined) | null,
): Scope {
  return async (tx, actor, id) => {
    const company = companyOf(actor);
    const visible = company
      ? eq(table.companyId, company)
      : isStaff(actor)
        ? ALL
        : actor.accountType === "worker" && workerSees
          ? workerSees(actor)
          : sql`false`;
    const [row] = await tx
      .select({ id: table.id })
      .from(table)
      .where(and(eq(table.id, id), visible));
    if (!row) {
      return null;
    }
    return company || isStaff(actor) ? ALL : aboutWorker(actor.userId);
  };
}

const attempt: Scope = async (tx, actor, id) => {
  const company = companyOf(actor);
  const owner = company
    ? eq(skillTestAttempts.companyId, company)
    : isStaff(actor)
      ? ALL
      : eq(skillTestAttempts.workerId, actor.userId);
  const [row] = await tx
    .select({ id: skillTestAttempts.id })
    .from(skillTestAttempts)
    .where(and(eq(skillTestAttempts.id, id), owner));
  return row ? ALL : null;
};

const scopes: Record<TalentSubjectType, Scope> = {
  credential,
  requirement_set: owned(requirementSets, null),
  talent_pool: owned(talentPools, poolsVisibleTo),
  skill_test: owned(skillTests, testsVisibleTo),
  skill_test_attempt: attempt,
  agreement: owned(agreements, agreementsVisibleTo),
};

export function talentHistoryScope(
  tx: Executor,
  actor: UserActor,
  type: TalentSubjectType,
  id: string,
): Promise<SQL | null> {
  return scopes[type](tx, actor, id);
}
