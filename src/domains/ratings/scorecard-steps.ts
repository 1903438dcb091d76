/**
 * Keeping scorecards: each contribution is written once as an entry, inside the transaction of the event that caused
 * it (entry-steps.ts), and added to its day's, month's and the all-time sums as that transaction commits. Reads sum at most 90 day rows per figure (12 month rows for the charts); nothing here rescans a
 * subject's history.
 */
import { and, desc, eq, gte, lt, type SQLWrapper, sql } from "drizzle-orm";
import type { CompanySummaryReader } from "#domains/assignments/index";
import { responseTimes as responseTimesTable } from "#domains/messages/tables";
import { invoices } from "#domains/payments/tables";
import type { Executor } from "#platform/db";
import { RawSelect } from "#platform/select-batch";
import type { ScorecardSummary } from "#shared/scorecard-summary";
import { companyFigures, type FigureKey, type ScorecardSubject, type Window } from "./contract";
import { figureView, type LiveFigures, windowStart } from "./figures";
import { scorecardDays, scorecardEntries, scorecardTotals } from "./tables";

export type Sums = Map<string, { count: number; total: number }>;

export interface ContributionRow {
  id: number;
  at: Date;
  assignmentId: string | null;
  value: number;
  note: string;
}

/**
 * The contributions behind one figure in a window, newest first, a page after `after` ([at, id] of the last row).
 * Invoices past due now are the open invoices themselves (their entries would be stale by tomorrow).
 */
export async function contributionsOf(
  tx: Executor,
  key: { subject: ScorecardSubject; subjectId: string; figure: FigureKey; window: Window },
  now: Date,
  page: { after: [string, number] | null; limit: number },
): Promise<ContributionRow[]> {
  if (key.figure === "pastDueNow") {
    const rows = await tx
      .select({ at: invoices.dueAt, assignmentId: invoices.assignmentId, id: invoices.id, total: invoices.total })
      .from(invoices)
      .where(and(eq(invoices.companyId, key.subjectId), eq(invoices.status, "open"), lt(invoices.dueAt, now)))
      .orderBy(desc(invoices.dueAt))
      .limit(page.limit + 1)
      .offset(page.after ? page.after[1] : 0);
    return rows.map((r, i) => ({
      id: (page.after ? page.after[1] : 0) + i + 1,
      at: r.at,
      assignmentId: r.assignmentId,
      value: 1,
      note: `Invoice ${r.id} past due since ${r.at.toISOString().slice(0, 10)}`,
    }));
  }
  if (key.figure === "responseTime") {
    return responseRows(tx, key, now, page);
  }
  const e = scorecardEntries;
  const from = key.window === "last90Days" ? new Date(`${windowStart(now)}T00:00:00.000Z`) : null;
  const before = page.after ? sql`(${e.at}, ${e.id}) < (${new Date(page.after[0])}, ${page.after[1]})` : undefined;
  return tx
    .select({ id: e.id, at: e.at, assignmentId: e.assignmentId, value: e.value, note: e.note })
    .from(e)
    .where(
      and(
        eq(e.subject, key.subject),
        eq(e.subjectId, key.subjectId),
        eq(e.figure, key.figure),
        from ? gte(e.at, from) : undefined,
        before,
      ),
    )
    .orderBy(desc(e.at), desc(e.id))
    .limit(page.limit + 1);
}

/** Milliseconds to hours, one decimal. */
const hours = (ms: number | null) => (ms === null ? null : Math.round(ms / 360_000) / 10);

const summaryFigures: FigureKey[] = [
  "approvalDays",
  "paidOnTime",
  "daysLate",
  "pastDueNow",
  "satisfaction",
  "lateCancellations",
];

/**
 * The compact Company Scorecard assignments' views carry (provided to them through provideCompanySummary): its
 * statement, with the company and window as arguments (the view builds it once with placeholders), and how its rows
 * become the summary.
 */
export const companySummary: CompanySummaryReader = {
  window: (now) => windowArgs(now),
  // Its rows reach decode as the batch decodes them (ScoreRow); the reader's type cannot name ratings' row type.
  query: (db, { companyId, ...window }) =>
    scorecardStatement(db, "company", { id: companyId, ...window }) as unknown as RawSelect<unknown>,
  decode(rows, companyId): ScorecardSummary {
    const { sums, live } = toScorecardParts(rows as ScoreRow[]);
    const figures = companyFigures.map((f) =>
      figureView("company", companyId, f, "last90Days", sums.last90Days, live.last90Days),
    );
    return {
      red: figures.filter((f) => f.red).map((f) => f.label),
      figures: figures
        .filter((f) => summaryFigures.includes(f.key))
        .map(({ key, label, value, unit, count, red }) => ({ key, label, value, unit, count, red })),
      scorecard: `/api/v1/companies/${companyId}/scorecard`,
    };
  },
};

/** The first answers behind a response time, newest first (the messages domain's table, read through its index). */
async function responseRows(
  tx: Executor,
  key: { subject: ScorecardSubject; subjectId: string; window: Window },
  now: Date,
  page: { after: [string, number] | null; limit: number },
): Promise<ContributionRow[]> {
  const r = responseTimesTable;
  const from = key.window === "last90Days" ? new Date(`${windowStart(now)}T00:00:00.000Z`) : new Date(0);
  const offset = page.after ? page.after[1] : 0;
  const rows = await tx
    .select({ at: r.answeredAt, ms: r.responseMs })
    .from(r)
    .where(
      and(
        key.subject === "company" ? eq(r.companyId, key.subjectId) : eq(r.workerId, key.subjectId),
        eq(r.answeredBy, key.subject),
        gte(r.answeredAt, from),
      ),
    )
    .orderBy(desc(r.answeredAt))
    .limit(page.limit + 1)
    .offset(offset);
  return rows.map((row, i) => ({
    id: offset + i + 1,
    at: row.at,
    assignmentId: null,
    value: hours(row.ms) ?? 0,
    note: `Answered after ${hours(row.ms)} hours`,
  }));
}

type Part = "last90Days" | "allTime" | "pastDue" | "response90" | "responseAll" | "name";

/**
 * Everything a scorecard shows, in one statement (one round trip): the kept sums of both windows, the open invoices
 * past due now, the median response times of both windows (the messages domain's table, through its index) and the
 * subject's name (null: no such company or worker). On a loaded machine each round trip costs milliseconds, so the
 * six reads of readSums + liveFigures are folded into one.
 */
export async function readScorecard(tx: Executor, subject: ScorecardSubject, id: string, now: Date) {
  return toScorecardParts(await scorecardQuery(tx, subject, id, now));
}

export interface ScoreRow {
  part: Part;
  figure: string;
  count: number;
  total: number | null;
}

/** The statement behind readScorecard. */
export function scorecardQuery(tx: Executor, subject: ScorecardSubject, id: string, now: Date): RawSelect<ScoreRow> {
  return scorecardStatement(tx, subject, { id, ...windowArgs(now) });
}

/** The 90-day window at `now` as the statement reads it: its first day, that day's start, and now (ISO text). */
export function windowArgs(now: Date) {
  const day = windowStart(now);
  return { day, since: `${day}T00:00:00.000Z`, now: now.toISOString() };
}

type Arg = string | SQLWrapper;

/** The scorecard's one statement; each argument is a value or a prepared statement's placeholder. */
function scorecardStatement(
  tx: Executor,
  subject: ScorecardSubject,
  { id, day, since, now }: { id: Arg; day: Arg; since: Arg; now: Arg },
): RawSelect<ScoreRow> {
  const r = responseTimesTable;
  const side =
    subject === "company"
      ? sql`${r.companyId} = ${id} AND ${r.answeredBy} = 'company'`
      : sql`${r.workerId} = ${id} AND ${r.answeredBy} = 'worker'`;
  const name =
    subject === "company"
      ? sql`SELECT 'name', name, 0, 0 FROM companies WHERE id = ${id}`
      : sql`SELECT 'name', name, 0, 0 FROM users WHERE id = ${id} AND account_type = 'worker'`;
  const pastDue =
    subject === "company"
      ? sql`SELECT 'pastDue', 'pastDueNow', count(*)::int, 0::float8 FROM ${invoices}
          WHERE ${invoices.companyId} = ${id} AND ${invoices.status} = 'open' AND ${invoices.dueAt} < ${now}::timestamptz`
      : sql`SELECT 'pastDue', 'none', 0, 0::float8 WHERE false`;
  const d = scorecardDays;
  const s = scorecardTotals;
  return new RawSelect<ScoreRow>(
    tx,
    sql`
    SELECT 'last90Days' AS part, ${d.figure} AS figure, sum(${d.count})::int AS count, sum(${d.total})::float8 AS total
      FROM ${d} WHERE ${d.subject} = ${subject} AND ${d.subjectId} = ${id} AND ${d.day} >= ${day}::date GROUP BY ${d.figure}
    UNION ALL SELECT 'allTime', ${s.figure}, ${s.count}, ${s.total} FROM ${s} WHERE ${s.subject} = ${subject} AND ${s.subjectId} = ${id}
    UNION ALL ${pastDue}
    UNION ALL SELECT 'response90', 'responseTime', count(*)::int,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${r.responseMs})::float8 FROM ${r} WHERE ${side} AND ${r.answeredAt} >= ${since}::timestamptz
    UNION ALL SELECT 'responseAll', 'responseTime', count(*)::int,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${r.responseMs})::float8 FROM ${r} WHERE ${side}
    UNION ALL ${name}`,
    ["part", "figure", "count", "total"],
  );
}

/** A subject's statement rows as the kept sums and the live figures of both windows, and its name (null: none). */
export function toScorecardParts(rows: ScoreRow[]) {
  const sums = { last90Days: new Map() as Sums, allTime: new Map() as Sums };
  const base: LiveFigures = {};
  const response: Record<"last90Days" | "allTime", LiveFigures> = { last90Days: {}, allTime: {} };
  let subjectName: string | null = null;
  for (const row of rows) {
    const count = Number(row.count);
    const total = row.total === null ? null : Number(row.total);
    if (row.part === "last90Days" || row.part === "allTime") {
      sums[row.part].set(row.figure, { count, total: total ?? 0 });
    } else if (row.part === "pastDue") {
      base.pastDueNow = { count, value: count, now: true };
    } else if (row.part === "name") {
      subjectName = row.figure;
    } else {
      response[row.part === "response90" ? "last90Days" : "allTime"].responseTime = { count, value: hours(total) };
    }
  }
  return {
    name: subjectName as string | null,
    sums,
    live: { last90Days: { ...base, ...response.last90Days }, allTime: { ...base, ...response.allTime } },
  };
}

/**
 * A company's own history with a worker: the worker's contributions that came from this company's assignments,
 * summed per figure, all time (read from the worker's entries, which are bounded by that worker's history).
 */
export async function historyWithCompany(tx: Executor, workerId: string, companyId: string) {
  const e = scorecardEntries;
  return tx
    .select({ figure: e.figure, count: sql<number>`count(*)::int`, total: sql<number>`sum(${e.value})::float8` })
    .from(e)
    .where(and(eq(e.subject, "worker"), eq(e.subjectId, workerId), eq(e.companyId, companyId)))
    .groupBy(e.figure);
}
