import { aliasedTable, and, asc, eq, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { Party } from "../contract";
import { seesWork } from "../deliverables/rules";
import type { Arg } from "../provider-steps";
import { type AssignmentRow, visibleWithParty } from "../scope";
import type { RequestKind, RequestList, RequestView } from "./contract";
import { kindsMadeBy, verbsFor } from "./rules";
import { assignmentRequests } from "./tables";

export type RequestRow = typeof assignmentRequests.$inferSelect;
const answerer = aliasedTable(users, "answerer");

/**
 * Sums of accepted amounts by kind, in minor units of the assignment's currency: every worker's when `workerId` is
 * null (what the company owes on this assignment), else that worker's own.
 */
export async function acceptedAmounts(
  tx: Executor,
  assignmentId: string,
  workerId: string | null,
): Promise<Record<RequestKind, number>> {
  const rows = await tx
    .select({
      kind: assignmentRequests.kind,
      total: sql<number>`coalesce(sum(${assignmentRequests.amount}), 0)::bigint`,
    })
    .from(assignmentRequests)
    .where(
      and(
        eq(assignmentRequests.assignmentId, assignmentId),
        eq(assignmentRequests.status, "accepted"),
        workerId ? eq(assignmentRequests.workerId, workerId) : undefined,
      ),
    )
    .groupBy(assignmentRequests.kind);
  const totals: Record<RequestKind, number> = { budget_increase: 0, reschedule: 0, expense: 0, bonus: 0 };
  for (const row of rows) {
    totals[row.kind] = Number(row.total);
  }
  return totals;
}

/** Open requests of the assignment's current worker: what the `request_pending` label counts. */
export async function pendingRequestCount(tx: Executor, row: Pick<AssignmentRow, "id" | "assignedWorkerId">) {
  if (!row.assignedWorkerId) {
    return 0;
  }
  const [found] = await tx
    .select({ n: sql<number>`count(*)::int` })
    .from(assignmentRequests)
    .where(
      and(
        eq(assignmentRequests.assignmentId, row.id),
        eq(assignmentRequests.workerId, row.assignedWorkerId),
        eq(assignmentRequests.status, "pending"),
      ),
    );
  return Number(found?.n ?? 0);
}

export async function hasPendingRequest(tx: Executor, row: Pick<AssignmentRow, "id" | "assignedWorkerId">) {
  return (await pendingRequestCount(tx, row)) > 0;
}

/** The requests one party may see: the company all of them, the assigned worker their own. */
export async function requestViews(tx: Executor, row: AssignmentRow, party: Party): Promise<RequestView[]> {
  const query = requestsQuery(tx, row, party);
  return query ? toRequestViews(row, party, await query) : [];
}

/**
 * The requests a party sees, as a query for one batch (issue 10); null when they see none. The ids are values or the
 * view's placeholders (provider-steps.ts `Arg`).
 */
export function requestsQuery(tx: Executor, row: { id: Arg; assignedWorkerId: Arg | null }, party: Party) {
  if (!seesWork(party)) {
    return null;
  }
  return tx
    .select({ request: assignmentRequests, asker: users.name, answerer: answerer.name })
    .from(assignmentRequests)
    .innerJoin(users, eq(users.id, assignmentRequests.requestedBy))
    .leftJoin(answerer, eq(answerer.id, assignmentRequests.answeredBy))
    .where(
      and(
        eq(assignmentRequests.assignmentId, row.id),
        party === "assignee" && row.assignedWorkerId
          ? eq(assignmentRequests.workerId, row.assignedWorkerId)
          : undefined,
      ),
    )
    .orderBy(asc(assignmentRequests.createdAt), asc(assignmentRequests.id));
}

export function toRequestViews(
  row: AssignmentRow,
  party: Party,
  rows: Awaited<NonNullable<ReturnType<typeof requestsQuery>>>,
): RequestView[] {
  const facts = { status: row.status, onHold: row.holdReason !== null };
  // A former worker's unanswered request can no longer be answered; closeOpenRequests closes it for good.
  const current = (request: RequestRow) => request.workerId === row.assignedWorkerId;
  return rows.map(({ request, asker, answerer: answeredBy }) =>
    toRequestView(request, { asker, answeredBy }, facts, current(request) ? party : null),
  );
}

export function toRequestView(
  r: RequestRow,
  names: { asker: string; answeredBy: string | null },
  facts: { status: AssignmentRow["status"]; onHold: boolean },
  party: Party | null,
): RequestView {
  const currency = r.currency as Currency;
  return {
    id: r.id,
    kind: r.kind,
    status: r.status,
    amount: r.amount === null ? null : { amount: r.amount, currency },
    schedule: r.schedule,
    reason: r.reason,
    requestedBy: { id: r.requestedBy, name: names.asker },
    requestedAt: r.createdAt.toISOString(),
    answer: r.answeredAt
      ? {
          by: r.answeredBy ? { id: r.answeredBy, name: names.answeredBy ?? "" } : null,
          at: r.answeredAt.toISOString(),
          note: r.answerNote,
        }
      : null,
    actions: verbsFor(r, facts, party),
  };
}

export async function listAssignmentRequests(ctx: Ctx, id: string): Promise<RequestList> {
  const { row, party } = await visibleWithParty(ctx.db, ctx, id);
  if (!seesWork(party)) {
    throw new Problem("not_found", "Requests are between the company and the assigned worker.", {
      subjectType: "requests",
    });
  }
  // The worker sees their own amounts, like their own requests; the ceiling's share is on the row (`extraBudget`).
  const totals = await acceptedAmounts(ctx.db, row.id, party === "assignee" ? row.assignedWorkerId : null);
  const money = (amount: number) => ({ amount, currency: row.currency as Currency });
  return {
    items: await requestViews(ctx.db, row, party),
    accepted: {
      budgetIncrease: money(totals.budget_increase),
      expenses: money(totals.expense),
      bonus: money(totals.bonus),
    },
    canMake: kindsMadeBy({ status: row.status, onHold: row.holdReason !== null }, party),
  };
}
