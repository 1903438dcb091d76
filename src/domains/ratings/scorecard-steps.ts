/**
 * Keeping scorecards: each contribution is written once as an entry and added to its day's and the all-time sums in
 * the same statement batch, inside the transaction of the event that caused it (hooks.ts, publish-steps.ts). Reads
 * sum at most 90 day rows per figure; nothing here rescans a subject's history.
 */
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { type ResponseTimes, responseTimes } from "#domains/messages/index";
import { responseTimes as responseTimesTable } from "#domains/messages/tables";
import { invoices } from "#domains/payments/tables";
import type { Executor } from "#platform/db";
import type { ScorecardSummary } from "#shared/scorecard-summary";
import { companyFigures, type FigureKey, type ScorecardSubject, type Window } from "./contract";
import { figureView, type LiveFigures, utcDay, windowStart } from "./figures";
import { scorecardDays, scorecardEntries, scorecardTotals } from "./tables";

export interface Contribution {
  subject: ScorecardSubject;
  subjectId: string;
  figure: FigureKey;
  /** What makes the contribution unique for its figure (an assignment, an invoice, an event's time). */
  ref: string;
  assignmentId: string | null;
  /** The company behind a worker's contribution (its own history with the worker). */
  companyId: string | null;
  at: Date;
  value: number;
  note: string;
}

/** Adds one contribution; a second call with the same ref adds nothing (events replayed, first check-in only). */
export async function addContribution(tx: Executor, c: Contribution): Promise<boolean> {
  const [entry] = await tx
    .insert(scorecardEntries)
    .values({ ...c })
    .onConflictDoNothing()
    .returning({ id: scorecardEntries.id });
  if (!entry) {
    return false;
  }
  const key = { subject: c.subject, subjectId: c.subjectId, figure: c.figure };
  await tx
    .insert(scorecardDays)
    .values({ ...key, day: utcDay(c.at), count: 1, total: c.value })
    .onConflictDoUpdate({
      target: [scorecardDays.subject, scorecardDays.subjectId, scorecardDays.figure, scorecardDays.day],
      set: { count: sql`${scorecardDays.count} + 1`, total: sql`${scorecardDays.total} + ${c.value}` },
    });
  await tx
    .insert(scorecardTotals)
    .values({ ...key, count: 1, total: c.value })
    .onConflictDoUpdate({
      target: [scorecardTotals.subject, scorecardTotals.subjectId, scorecardTotals.figure],
      set: { count: sql`${scorecardTotals.count} + 1`, total: sql`${scorecardTotals.total} + ${c.value}` },
    });
  return true;
}

export type Sums = Map<string, { count: number; total: number }>;

/** The kept sums of one subject: the last 90 days (from the day rows) and all time (the totals rows). */
export async function readSums(
  tx: Executor,
  subject: ScorecardSubject,
  subjectId: string,
  now: Date,
): Promise<{ last90Days: Sums; allTime: Sums }> {
  const recent = await tx
    .select({
      figure: scorecardDays.figure,
      count: sql<number>`sum(${scorecardDays.count})::int`,
      total: sql<number>`sum(${scorecardDays.total})::float8`,
    })
    .from(scorecardDays)
    .where(
      and(
        eq(scorecardDays.subject, subject),
        eq(scorecardDays.subjectId, subjectId),
        gte(scorecardDays.day, windowStart(now)),
      ),
    )
    .groupBy(scorecardDays.figure);
  const all = await tx
    .select({ figure: scorecardTotals.figure, count: scorecardTotals.count, total: scorecardTotals.total })
    .from(scorecardTotals)
    .where(and(eq(scorecardTotals.subject, subject), eq(scorecardTotals.subjectId, subjectId)));
  const toMap = (rows: { figure: string; count: number; total: number }[]): Sums =>
    new Map(rows.map((r) => [r.figure, { count: Number(r.count), total: Number(r.total) }]));
  return { last90Days: toMap(recent), allTime: toMap(all) };
}

/** Open invoices of the company past their due date right now (the invoices_company index answers it). */
export async function pastDueCount(tx: Executor, companyId: string, now: Date): Promise<number> {
  const [row] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(invoices)
    .where(and(eq(invoices.companyId, companyId), eq(invoices.status, "open"), lt(invoices.dueAt, now)));
  return Number(row?.n ?? 0);
}

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

/**
 * The figures read live rather than kept in the sums: invoices past due now (a state, not a history) and the median
 * response time, which the messages domain keeps as an append-only table with an index per side (a median cannot
 * be summed, so it is one indexed range read of the window's answers).
 */
export async function liveFigures(tx: Executor, subject: ScorecardSubject, id: string, now: Date) {
  const who = subject === "company" ? { companyId: id } : { workerId: id };
  const recent = await responseTimes(tx, { ...who, since: new Date(`${windowStart(now)}T00:00:00.000Z`) });
  const ever = await responseTimes(tx, { ...who, since: new Date(0) });
  const pastDue = subject === "company" ? await pastDueCount(tx, id, now) : null;
  const base: LiveFigures = pastDue === null ? {} : { pastDueNow: { count: pastDue, value: pastDue, now: true } };
  const response = (r: ResponseTimes) => ({ count: r.answered, value: hours(r.medianMs) });
  return {
    last90Days: { ...base, responseTime: response(recent) } as LiveFigures,
    allTime: { ...base, responseTime: response(ever) } as LiveFigures,
  };
}

const summaryFigures: FigureKey[] = [
  "approvalDays",
  "paidOnTime",
  "daysLate",
  "pastDueNow",
  "satisfaction",
  "lateCancellations",
];

/** The compact Company Scorecard assignments' views carry (provided to them through provideCompanySummary). */
export async function companySummary(tx: Executor, companyId: string, now: Date): Promise<ScorecardSummary> {
  const sums = await readSums(tx, "company", companyId, now);
  const live = await liveFigures(tx, "company", companyId, now);
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
}

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
