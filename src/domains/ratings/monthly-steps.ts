/**
 * The monthly charts' reads (issue 14 item 6): the kept month sums of the last 12 UTC months (at most 12 rows per
 * figure, kept by addContribution (entry-steps.ts) beside the day sums) and, for the response time, the medians per month of the
 * messages domain's answers in those months, read through its index like the 90-day figure. Nothing here rescans
 * a subject's history.
 */
import { sql } from "drizzle-orm";
import { responseTimes } from "#domains/messages/tables";
import type { Executor } from "#platform/db";
import type { ScorecardSubject } from "./contract";
import { lastMonths } from "./figures";
import { scorecardMonths } from "./tables";

export interface MonthRow {
  figure: string;
  /** The month's first day, `YYYY-MM-01`. */
  month: string;
  count: number;
  /** The kept total, or for the response time the month's median in milliseconds. */
  total: number | null;
}

/** The kept month sums and the monthly response medians of one subject, for the last 12 months, in one statement. */
export async function readMonths(
  tx: Executor,
  subject: ScorecardSubject,
  id: string,
  now: Date,
): Promise<{ name: string | null; rows: MonthRow[] }> {
  const months = lastMonths(now);
  const first = months[0] as string;
  const m = scorecardMonths;
  const r = responseTimes;
  const side =
    subject === "company"
      ? sql`${r.companyId} = ${id} AND ${r.answeredBy} = 'company'`
      : sql`${r.workerId} = ${id} AND ${r.answeredBy} = 'worker'`;
  const name =
    subject === "company"
      ? sql`SELECT 'name', name, 0, NULL::float8 FROM companies WHERE id = ${id}`
      : sql`SELECT 'name', name, 0, NULL::float8 FROM users WHERE id = ${id} AND account_type = 'worker'`;
  const result = await tx.execute(sql`
    SELECT ${m.figure} AS figure, to_char(${m.month}, 'YYYY-MM-DD') AS month, ${m.count} AS count, ${m.total}::float8 AS total
      FROM ${m} WHERE ${m.subject} = ${subject} AND ${m.subjectId} = ${id} AND ${m.month} >= ${first}::date
    UNION ALL SELECT 'responseTime', to_char(date_trunc('month', ${r.answeredAt} AT TIME ZONE 'UTC'), 'YYYY-MM-DD'),
      count(*)::int, percentile_cont(0.5) WITHIN GROUP (ORDER BY ${r.responseMs})::float8
      FROM ${r} WHERE ${side} AND ${r.answeredAt} >= ${new Date(`${first}T00:00:00.000Z`)} GROUP BY 2
    UNION ALL ${name}`);
  const all = (result as unknown as { rows: { figure: string; month: string; count: number; total: number | null }[] })
    .rows;
  let subjectName: string | null = null;
  const rows: MonthRow[] = [];
  for (const row of all) {
    if (row.figure === "name") {
      subjectName = row.month;
    } else {
      rows.push({
        figure: row.figure,
        month: row.month,
        count: Number(row.count),
        total: row.total === null ? null : Number(row.total),
      });
    }
  }
  return { name: subjectName, rows };
}
