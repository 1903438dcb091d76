/**
 * Several workers' scorecards in one statement (the assignment page's invited workers and applicants): the same parts
 * as `readScorecard` reads for one worker (both windows' kept sums, both windows' median response times, the name)
 * and, for a company's read, its own history with each, every row tagged with its worker. The rows of each worker
 * then go through the one decoder (`toScorecardParts`), so every figure is the single read's.
 */
import { and, eq, gte, inArray, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { responseTimes as r } from "#domains/messages/tables";
import type { Executor } from "#platform/db";
import { type ScoreRow, toScorecardParts, windowArgs } from "./scorecard-steps";
import { scorecardDays as d, scorecardEntries as e, scorecardTotals as s } from "./tables";

interface WorkerRow extends ScoreRow {
  workerId: string;
}

/** What one worker's scorecard is built from; absent from the map: no such worker. */
export interface WorkerScorecardParts extends ReturnType<typeof toScorecardParts> {
  name: string;
  /** The reading company's own history with the worker, per figure (null: not a company's read). */
  withCompany: { figure: string; count: number; total: number | null }[] | null;
}

/** A median response time read for nobody: the single read's aggregate over no rows answers the same. */
const noAnswers = (part: "response90" | "responseAll"): ScoreRow => ({
  part,
  figure: "responseTime",
  count: 0,
  total: null,
});

/** The workers' scorecards at `now`, one statement whatever the number of workers. */
export async function readWorkerScorecards(
  tx: Executor,
  workerIds: readonly string[],
  now: Date,
  companyId: string | null,
): Promise<Map<string, WorkerScorecardParts>> {
  // PostgreSQL answers a uuid in lower case, and the rows are matched to the ids asked by that text.
  const ids = [...new Set(workerIds.map((id) => id.toLowerCase()))];
  if (ids.length === 0) {
    return new Map();
  }
  const { day, since } = windowArgs(now);
  const response = (part: string, from: string | null) => sql`
    SELECT ${r.workerId}, ${part}, 'responseTime', count(*)::int,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${r.responseMs})::float8 FROM ${r}
    WHERE ${and(inArray(r.workerId, ids), eq(r.answeredBy, "worker"), from ? gte(r.answeredAt, new Date(from)) : undefined)}
    GROUP BY ${r.workerId}`;
  const withCompany = companyId
    ? sql`UNION ALL SELECT ${e.subjectId}, 'withCompany', ${e.figure}, count(*)::int, sum(${e.value})::float8 FROM ${e}
        WHERE ${and(eq(e.subject, "worker"), inArray(e.subjectId, ids), eq(e.companyId, companyId))}
        GROUP BY ${e.subjectId}, ${e.figure}`
    : sql``;
  const result = await tx.execute(sql`
    SELECT ${d.subjectId} AS "workerId", 'last90Days' AS part, ${d.figure} AS figure, sum(${d.count})::int AS count,
      sum(${d.total})::float8 AS total
    FROM ${d} WHERE ${and(eq(d.subject, "worker"), inArray(d.subjectId, ids))} AND ${d.day} >= ${day}::date
    GROUP BY ${d.subjectId}, ${d.figure}
    UNION ALL SELECT ${s.subjectId}, 'allTime', ${s.figure}, ${s.count}, ${s.total} FROM ${s}
      WHERE ${and(eq(s.subject, "worker"), inArray(s.subjectId, ids))}
    UNION ALL ${response("response90", since)}
    UNION ALL ${response("responseAll", null)}
    UNION ALL SELECT ${users.id}, 'name', ${users.name}, 0, 0 FROM ${users}
      WHERE ${and(inArray(users.id, ids), eq(users.accountType, "worker"))}
    ${withCompany}`);
  const byWorker = new Map<string, ScoreRow[]>(
    ids.map((id) => [id, [noAnswers("response90"), noAnswers("responseAll")]]),
  );
  const history = new Map<string, ScoreRow[]>(ids.map((id) => [id, []]));
  for (const row of (result as unknown as { rows: WorkerRow[] }).rows) {
    const { workerId, ...rest } = row;
    (rest.part === ("withCompany" as string) ? history : byWorker).get(workerId)?.push(rest);
  }
  const found = new Map<string, WorkerScorecardParts>();
  for (const [id, rows] of byWorker) {
    const parts = toScorecardParts(rows);
    if (parts.name !== null) {
      const own = history.get(id) ?? [];
      found.set(id, { ...parts, name: parts.name, withCompany: companyId ? own : null });
    }
  }
  return found;
}
