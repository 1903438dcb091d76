import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import { labelsOf } from "../labels";
import { type PageRow, selectListPage } from "../list-page-steps";
import { settledStatuses } from "../pricing";
import { scheduleOf } from "../schedule";
import type { AssignmentList, AssignmentQuery, AssignmentSummary } from "../views";

const settled = new Set<string>(settledStatuses);

export function toSummary(row: PageRow): AssignmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    // The row carries every field labels.ts reads and the request's clock (no copy of it per row).
    labels: labelsOf(row),
    locationType: row.locationType,
    city: row.city,
    schedule: scheduleOf(row),
    // The ceiling submit enforces: the priced maximum plus accepted increases, as the assignment page shows it.
    maximumSpend: { amount: row.maximumSpend + row.extraBudget, currency: row.currency as Currency },
    approvedAmount:
      row.claimedAmount !== null && settled.has(row.status)
        ? { amount: row.claimedAmount, currency: row.currency as Currency }
        : null,
    submittedAt: row.submittedAt?.toISOString() ?? null,
    assignedWorker: row.assignedWorkerId && row.workerName ? { id: row.assignedWorkerId, name: row.workerName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** The client's list with filters, totals per status (and currency) and cursor pagination. */
export async function listAssignments(ctx: Ctx, query: AssignmentQuery): Promise<AssignmentList> {
  const { rows, totals } = await selectListPage(ctx, query);
  const page = toPage(rows, query.limit, (r) => [r.createdAt.toISOString(), r.id]);
  const statuses = query.status?.length ? new Set<string>(query.status) : null;
  return {
    items: page.items.map(toSummary),
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
