import { and, type SQL, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import type { AssignmentStatus } from "../contract";
import { labelsOf } from "../labels";
import { type ListRow, type Selected, selectAssignments, statements, unfiltered } from "../list-steps";
import { settledStatuses } from "../pricing";
import { scheduleOf } from "../schedule";
import { assignments } from "../tables";
import type { AssignmentList, AssignmentQuery, AssignmentSummary } from "../views";

export function toSummary(row: ListRow, workerName: string | null, now: Date): AssignmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    labels: labelsOf({ ...row, now }),
    locationType: row.locationType,
    city: row.city,
    schedule: scheduleOf(row),
    // The ceiling submit enforces: the priced maximum plus accepted increases, as the assignment page shows it.
    maximumSpend: { amount: row.maximumSpend + row.extraBudget, currency: row.currency as Currency },
    approvedAmount:
      row.claimedAmount !== null && (settledStatuses as readonly string[]).includes(row.status)
        ? { amount: row.claimedAmount, currency: row.currency as Currency }
        : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    assignedWorker: row.assignedWorkerId && workerName ? { id: row.assignedWorkerId, name: workerName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** pricing.ts shownAmount in SQL, for totals aggregated over filtered rows. */
const shownAmountSql = sql`CASE WHEN ${assignments.status} IN ('approved', 'invoiced', 'paid') AND ${assignments.claimedAmount} IS NOT NULL
  THEN ${assignments.claimedAmount} ELSE ${assignments.maximumSpend} + ${assignments.extraBudget} END`;

interface Total {
  status: AssignmentStatus;
  currency: string;
  count: number;
  maximumSpend: number;
  amount: number;
}

/**
 * Count and maximum spend per status and currency. Without filters beyond status these are the counters kept with
 * every write (`assignment_totals`), already read with the page when it came from the hot path; with filters they
 * are aggregated over the matching rows.
 */
async function totalsFor(ctx: Ctx, query: AssignmentQuery, filters: SQL[], rows: Selected[]): Promise<Total[]> {
  if (unfiltered(query)) {
    const counters =
      rows[0]?.counters ??
      (await statements(ctx.db).counters.execute({ companyId: companyActor(ctx).companyId }))[0]?.counters;
    return JSON.parse(counters ?? "[]") as Total[];
  }
  return ctx.db
    .select({
      status: assignments.status,
      currency: assignments.currency,
      count: sql<number>`count(*)::int`,
      maximumSpend: sql<number>`coalesce(sum(${assignments.maximumSpend} + ${assignments.extraBudget}), 0)::bigint`,
      amount: sql<number>`coalesce(sum(${shownAmountSql}), 0)::bigint`,
    })
    .from(assignments)
    .where(and(...filters))
    .groupBy(assignments.status, assignments.currency)
    .orderBy(assignments.status, assignments.currency);
}

/** The client's list with filters, totals per status (and currency) and cursor pagination. */
export async function listAssignments(ctx: Ctx, query: AssignmentQuery): Promise<AssignmentList> {
  const { rows, filters } = await selectAssignments(ctx, query, query.limit);
  const page = toPage(rows, query.limit, (r) => [r.row.createdAt.toISOString(), r.row.id]);
  const totals = await totalsFor(ctx, query, filters, rows);
  const statuses = query.status?.length ? new Set<string>(query.status) : null;
  return {
    items: page.items.map(({ row, workerName }) => toSummary(row, workerName, ctx.now)),
    nextCursor: page.nextCursor,
    // The totals leave the status filter out (for the tabs); the rest of the filters already narrowed them.
    total: totals.reduce((sum, t) => sum + (statuses === null || statuses.has(t.status) ? Number(t.count) : 0), 0),
    totals: totals.map((t) => ({
      status: t.status,
      count: Number(t.count),
      maximumSpend: { amount: Number(t.maximumSpend), currency: t.currency as Currency },
      amount: { amount: Number(t.amount), currency: t.currency as Currency },
    })),
  };
}
