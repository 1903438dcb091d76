/**
 * What assignments (above talent) calls for matching and for sending to pools, inside its own read or transaction:
 * candidates found in SQL (steps.ts), then THE evaluator (../steps.ts resultsFor) on the page, so matching says what
 * accept will say. index.ts exports them.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { workerProfiles } from "#domains/workers/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { decodeKeyset, encodeCursor } from "#platform/pagination";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { scorecardsOf } from "../kept-facts-steps";
import { talentPoolMembers, talentPools } from "../pools/tables";
import { labelOf } from "../requirements";
import { companySet, type Gate, type RequirementSetRow, resultsFor } from "../steps";
import { type CandidateRow, candidates } from "./candidates-steps";
import {
  DEFAULT_POOL_RADIUS_MILES,
  MAX_RADIUS_MILES,
  type MatchesQuery,
  type MatchPage,
  type PoolReach,
  type WorkerHit,
} from "./contract";
import { hasSkills, milesFrom, necessaryConditions, skillsCount } from "./steps";

const noFigures = { satisfaction: null, onTimeArrival: null, abandons: 0, completed: 0 };

/** A page of candidate rows as hits, with their scorecard figures (one read) and the next cursor. */
export async function hitsOf(tx: Executor, now: Date, rows: CandidateRow[], limit: number, extra: unknown[] = []) {
  const items = rows.slice(0, limit);
  const figures = await scorecardsOf(
    tx,
    items.map((r) => r.id),
    now,
  );
  const last = items.at(-1);
  const keys = (row: CandidateRow) =>
    Object.keys(row)
      .filter((k) => /^k\d+$/.test(k))
      .sort()
      .map((k) => row[k]);
  return {
    items: items.map(
      (r): WorkerHit => ({
        id: r.id,
        name: r.name,
        headline: r.headline,
        location: r.city && r.country ? { city: r.city, region: r.region, country: r.country } : null,
        skills: r.skills,
        industries: r.industries as WorkerHit["industries"],
        hourlyRate:
          r.rateAmount !== null && r.rateCurrency
            ? { amount: Number(r.rateAmount), currency: r.rateCurrency as Currency }
            : null,
        distanceMiles: r.miles === null ? null : Math.round(Number(r.miles) * 10) / 10,
        skillsMatched: r.matched,
        scorecard: figures.get(r.id) ?? noFigures,
      }),
    ),
    nextCursor: rows.length > limit && last ? encodeCursor([...keys(last), ...extra]) : null,
  };
}

/** The radius matching uses: the one asked, else 100 miles, narrowed by a distance requirement of the set. */
function radiusOf(set: RequirementSetRow | null, asked: number | undefined) {
  const limits = (set?.requirements ?? []).flatMap((r) => (r.type === "distance" ? [r.maxMiles] : []));
  return Math.min(asked ?? MAX_RADIUS_MILES, ...limits);
}

export const RANKING =
  "Workers within the radius who could meet the requirement set (skills, industry, country, pools, and credentials on " +
  "file and not expired are checked in the search), with the most of the assignment's skills first, then the " +
  "nearest; each is then checked against every requirement, with the reasons shown.";

/** Workers ranked for an assignment, each with the set's checks (issue 12, item 6). */
export async function matchWorkers(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  input: { gate: Gate; skills: readonly string[]; query: MatchesQuery },
): Promise<MatchPage> {
  const { gate, query } = input;
  const set = gate.setId ? await companySet(tx, gate.companyId, gate.setId) : null;
  const radiusMiles = radiusOf(set, query.radiusMiles);
  const site = gate.site;
  const necessary = necessaryConditions(set?.requirements ?? [], gate.companyId, ctx.now);
  // The ranking's keys (skills matched, miles, id), then how many ranked before the page.
  const cursor = decodeKeyset(query.cursor, ["count", "number", "id", "count"]);
  const before = Number(cursor?.[3] ?? 0);
  const order = [
    { expr: skillsCount(input.skills), desc: true },
    { expr: site ? milesFrom(site) : sql`0::float8` },
    { expr: sql`${workerProfiles.userId}` },
  ];
  const rows = await candidates(tx, {
    narrow: necessary.narrow,
    checks: necessary.checks,
    within: site ? { centre: site, miles: radiusMiles } : null,
    // Workers with every one of the assignment's skills rank first, then by distance: a page of the nearest of them
    // bounds the radius the page needs.
    nearest: { tier: hasSkills(input.skills), distanceKey: 1 },
    skills: input.skills,
    order,
    after: cursor ? cursor.slice(0, 3) : null,
    limit: query.limit,
  });
  // The page's figures and its checks read side by side (both read the page's ids only).
  const [page, results] = await Promise.all([
    hitsOf(tx, ctx.now, rows, query.limit, [before + Math.min(rows.length, query.limit)]),
    set
      ? resultsFor(
          tx,
          ctx.now,
          gate,
          set,
          rows.slice(0, query.limit).map((r) => r.id),
        )
      : Promise.resolve([]),
  ]);
  return {
    items: page.items.map((hit, i) => {
      const result = results[i];
      return { ...hit, rank: before + i + 1, eligible: result?.eligible ?? true, checks: result?.checks ?? [] };
    }),
    nextCursor: page.nextCursor,
    requirementSet: set ? { id: set.id, name: set.name } : null,
    radiusMiles,
    ranking: RANKING,
  };
}

/** Up to this many members are checked per send: the evaluator runs on each (one batch of reads). */
const MAX_POOL_MEMBERS = 5000;

/**
 * The members of the company's pools who live within the radius of the site and meet the assignment's set (issue 12,
 * item 5): the ids to invite and the counts the client sees. A pool that is not the company's own is 404.
 */
export async function poolRecipients(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  gate: Gate,
  input: { poolIds: readonly string[]; radiusMiles?: number | undefined },
): Promise<{ workerIds: string[]; reach: PoolReach }> {
  const radiusMiles = input.radiusMiles ?? DEFAULT_POOL_RADIUS_MILES;
  const pools = await tx
    .select({ id: talentPools.id, name: talentPools.name })
    .from(talentPools)
    .where(and(eq(talentPools.companyId, gate.companyId), inArray(talentPools.id, [...input.poolIds])));
  if (pools.length !== new Set(input.poolIds).size) {
    throw new Problem("not_found", "No talent pool with this id is visible to you.", { subjectType: "talent_pool" });
  }
  const members = sql`${workerProfiles.userId} IN (SELECT ${talentPoolMembers.workerId} FROM ${talentPoolMembers}
    WHERE ${inArray(talentPoolMembers.poolId, [...input.poolIds])} AND ${talentPoolMembers.status} IN ('member', 'flagged'))`;
  const [total] = await tx
    .select({ n: sql<number>`count(DISTINCT ${talentPoolMembers.workerId})::int` })
    .from(talentPoolMembers)
    .where(
      and(
        inArray(talentPoolMembers.poolId, [...input.poolIds]),
        inArray(talentPoolMembers.status, ["member", "flagged"]),
      ),
    );
  const near = await candidates(tx, {
    narrow: [members],
    checks: [],
    within: gate.site ? { centre: gate.site, miles: radiusMiles } : null,
    skills: [],
    order: [{ expr: sql`${workerProfiles.userId}` }],
    after: null,
    limit: MAX_POOL_MEMBERS,
  });
  const ids = near.slice(0, MAX_POOL_MEMBERS).map((r) => r.id);
  const set = gate.setId ? await companySet(tx, gate.companyId, gate.setId) : null;
  const results = set ? await resultsFor(tx, ctx.now, gate, set, ids) : [];
  const failed = new Map<string, number>();
  for (const result of results.filter((r) => !r.eligible)) {
    for (const check of result.checks.filter((c) => !c.met)) {
      const label = labelOf(check.requirement);
      failed.set(label, (failed.get(label) ?? 0) + 1);
    }
  }
  const eligible = set ? results.filter((r) => r.eligible).map((r) => r.workerId) : ids;
  return {
    workerIds: eligible,
    reach: {
      pools,
      radiusMiles,
      members: Number(total?.n ?? 0),
      outsideRadius: Number(total?.n ?? 0) - ids.length,
      reached: eligible.length,
      leftOut: ids.length - eligible.length,
      leftOutBy: [...failed].map(([requirement, count]) => ({ requirement, count })),
    },
  };
}
