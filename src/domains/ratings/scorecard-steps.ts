/**
 * Keeping scorecards: each contribution is written once as an entry and added to its day's and the all-time sums in
 * the same statement batch, inside the transaction of the event that caused it (hooks.ts, publish-steps.ts). Reads
 * sum at most 90 day rows per figure; nothing here rescans a subject's history.
 */
import { and, desc, eq, gte, lt, sql } from "drizzle-orm";
import { invoices } from "#domains/payments/tables";
import type { Executor } from "#platform/db";
import type { FigureKey, ScorecardSubject, Window } from "./contract";
import { utcDay, windowStart } from "./figures";
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
