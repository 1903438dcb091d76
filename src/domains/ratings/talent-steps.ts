/**
 * The worker figures talent's requirement types and matching read (issue 12): handed to talent at start through
 * `provideWorkerScorecards` (talent sits below ratings and cannot import it). One statement over the kept day sums
 * for any number of workers, so a page of matches costs one read.
 */
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import type { Executor } from "#platform/db";
import { windowStart } from "./figures";
import { scorecardDays } from "./tables";

export interface WorkerFigures {
  satisfaction: number | null;
  onTimeArrival: number | null;
  abandons: number;
  completed: number;
}

const read = ["satisfaction", "onTimeArrival", "abandons", "noShows", "completed"];

/** The last 90 days' figures of each worker (shares 0..1; tallies are counts; no row: null shares, zero tallies). */
export async function workerFigures(
  tx: Executor,
  workerIds: readonly string[],
  now: Date,
): Promise<Map<string, WorkerFigures>> {
  const d = scorecardDays;
  const rows = await tx
    .select({
      workerId: d.subjectId,
      figure: d.figure,
      count: sql<number>`sum(${d.count})::int`,
      total: sql<number>`sum(${d.total})::float8`,
    })
    .from(d)
    .where(
      and(
        eq(d.subject, "worker"),
        inArray(d.subjectId, [...workerIds]),
        inArray(d.figure, read),
        gte(d.day, windowStart(now)),
      ),
    )
    .groupBy(d.subjectId, d.figure);
  const result = new Map<string, WorkerFigures>(
    workerIds.map((id) => [id, { satisfaction: null, onTimeArrival: null, abandons: 0, completed: 0 }]),
  );
  for (const row of rows) {
    const figures = result.get(row.workerId);
    if (!figures) {
      continue;
    }
    const count = Number(row.count);
    const share = count > 0 ? Math.round((Number(row.total) / count) * 10_000) / 10_000 : null;
    if (row.figure === "satisfaction") {
      figures.satisfaction = share;
    } else if (row.figure === "onTimeArrival") {
      figures.onTimeArrival = share;
    } else if (row.figure === "completed") {
      figures.completed = count;
    } else {
      figures.abandons += count;
    }
  }
  return result;
}
