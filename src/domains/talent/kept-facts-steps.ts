/**
 * The facts the evaluator reads from what other parts of the record keep: pool memberships (this domain's pools) and
 * scorecard figures. The scorecards belong to the ratings domain, which sits above talent in the registry, so talent
 * cannot import it: ratings hands talent a reader at start (`provideWorkerScorecards`, called from ratings/index.ts),
 * the same inversion assignments uses for the company scorecard. Without a reader every figure is "none yet".
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { Requirement } from "./contract";
import { talentPoolMembers, talentPools } from "./pools/tables";
import type { ScorecardFacts, WorkerFacts } from "./requirements";

export type WorkerScorecards = (
  tx: Executor,
  workerIds: readonly string[],
  now: Date,
) => Promise<Map<string, ScorecardFacts>>;

let scorecards: WorkerScorecards | null = null;

/** Called once by the ratings domain when it loads. */
export function provideWorkerScorecards(reader: WorkerScorecards): void {
  scorecards = reader;
}

/** The figures of several workers (one statement); empty without a reader. */
export function scorecardsOf(tx: Executor, workerIds: readonly string[], now: Date) {
  return scorecards && workerIds.length > 0 ? scorecards(tx, workerIds, now) : Promise.resolve(new Map());
}

const scorecardTypes = new Set(["min_satisfaction", "min_on_time_arrival", "max_abandons"]);

/** Adds pools and scorecard facts, each read only when a requirement of the set needs it. */
export async function addKeptFacts(
  tx: Executor,
  facts: Map<string, WorkerFacts>,
  input: { companyId: string; now: Date; requirements: readonly Requirement[] },
): Promise<void> {
  const ids = [...facts.keys()];
  if (ids.length === 0) {
    return;
  }
  if (input.requirements.some((r) => r.type === "pool")) {
    const rows = await tx
      .select({
        workerId: talentPoolMembers.workerId,
        id: talentPools.id,
        name: talentPools.name,
        status: talentPoolMembers.status,
      })
      .from(talentPoolMembers)
      .innerJoin(talentPools, eq(talentPools.id, talentPoolMembers.poolId))
      .where(
        and(
          eq(talentPools.companyId, input.companyId),
          inArray(talentPoolMembers.workerId, ids),
          inArray(talentPoolMembers.status, ["member", "flagged"]),
        ),
      );
    for (const [id, worker] of facts) {
      const pools = rows.flatMap((r) =>
        r.workerId === id && (r.status === "member" || r.status === "flagged")
          ? [{ id: r.id, name: r.name, status: r.status }]
          : [],
      );
      facts.set(id, { ...worker, pools });
    }
  }
  if (input.requirements.some((r) => scorecardTypes.has(r.type))) {
    const figures = await scorecardsOf(tx, ids, input.now);
    for (const [id, worker] of facts) {
      facts.set(id, { ...worker, scorecard: figures.get(id) ?? null });
    }
  }
}

/** A pool requirement names one of the company's own pools: another's (or none) is 400 at the requirement. */
export async function ensureOwnPools(tx: Executor, companyId: string, requirements: readonly Requirement[]) {
  const wanted = requirements.flatMap((r, index) => (r.type === "pool" ? [{ index, poolId: r.poolId }] : []));
  if (wanted.length === 0) {
    return;
  }
  const own = await tx
    .select({ id: talentPools.id })
    .from(talentPools)
    .where(
      and(
        eq(talentPools.companyId, companyId),
        inArray(
          talentPools.id,
          wanted.map((w) => w.poolId),
        ),
      ),
    );
  const known = new Set(own.map((p) => p.id));
  const unknown = wanted.filter((w) => !known.has(w.poolId));
  if (unknown.length > 0) {
    throw new Problem(
      "validation_failed",
      "A pool requirement names a pool that is not yours.",
      {},
      unknown.map((w) => ({ pointer: `/body/requirements/${w.index}/poolId`, message: "Choose one of your pools." })),
    );
  }
}
