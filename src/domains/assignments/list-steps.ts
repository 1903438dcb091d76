/**
 * Selecting a company's assignments with the list's filters for the CSV export (queries/export.ts) and the
 * cached-state bench: the label rules in SQL, the filters both paths share, the columns a row needs. The
 * client's list itself reads list-page-steps.ts (statements built once per shape, rows decoded by hand, issue 10).
 */
import { and, desc, eq, inArray, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { containing } from "#platform/db";
import { decodeCursor } from "#platform/pagination";
import type { AssignmentLabel } from "./contract";
import { answerableStatuses } from "./labels";
import type { AssignmentRow } from "./scope";
import { assignments, assignmentTotals } from "./tables";
import type { AssignmentQuery } from "./views";

const live = sql`${assignments.status} IN ('assigned', 'in_progress')`;

/**
 * labels.ts in SQL, rule for rule, so the "exceptions" filter and the computed labels agree (queries/list.test.ts).
 * The copy pays: a first page filtered by a label costs 1.5 ms, against 350 ms reading the company's 10 000 rows and
 * filtering them with labels.ts (PGlite 9.4 ms vs 1.9 s; issue 8, bench cached-state).
 */
export function labelCondition(label: AssignmentLabel, now: Date | SQL): SQL {
  const a = assignments;
  switch (label) {
    case "not_confirmed":
      return sql`${a.status} = 'assigned' AND ${a.confirmedAt} IS NULL AND ${a.confirmationHours} > 0 AND ${a.startsAt} - make_interval(hours => ${a.confirmationHours}) <= ${now}`;
    case "late":
      return sql`${a.status} = 'assigned' AND (CASE WHEN ${a.scheduleType} = 'window' THEN ${a.endsAt} ELSE ${a.startsAt} END) < ${now}`;
    case "on_hold":
      return sql`${live} AND ${a.holdReason} IS NOT NULL`;
    case "request_pending":
      return sql`${a.status} IN ('assigned', 'in_progress', 'submitted') AND ${a.openRequestCount} > 0`;
    case "deliverable_late":
      return sql`${live} AND COALESCE(${a.deliverablesDueAt}, ${a.deadline}) < ${now}`;
    case "question_open":
      return sql`${a.status} IN (${sql.join(
        answerableStatuses.map((s) => sql`${s}`),
        sql`, `,
      )}) AND ${a.openQuestionCount} > 0`;
  }
}

/** Every filter but status and the cursor: the totals are counted over these. */
/** Which filters a query sets: part of a built-once statement's shape (list-page-steps.ts). */
export interface FilterShape {
  label: AssignmentLabel | null;
  from: boolean;
  to: boolean;
  worker: boolean;
  q: boolean;
}

export function filterShape(query: AssignmentQuery): FilterShape {
  return { label: query.label ?? null, from: !!query.from, to: !!query.to, worker: !!query.workerId, q: !!query.q };
}

/** The filters' arguments: values, or a built-once statement's placeholders for them. */
export type FilterArgs = Record<"companyId" | "now" | "from" | "to" | "workerId" | "q", string | SQLWrapper>;

/** The filters' values for a request (the ones its shape does not use are ignored). */
export function filterArgs(ctx: Ctx, query: AssignmentQuery) {
  return {
    companyId: companyActor(ctx).companyId,
    now: ctx.now.toISOString(),
    from: query.from ? new Date(query.from).toISOString() : "",
    to: query.to ? new Date(query.to).toISOString() : "",
    workerId: query.workerId ?? "",
    q: query.q ? containing(query.q) : "",
  };
}

/** The list's filters, all but status and the cursor (what the totals are counted over); one place for both paths. */
export function filters(v: FilterArgs, shape: FilterShape): SQL[] {
  return [
    sql`${a.companyId} = ${v.companyId}`,
    shape.label ? sql`(${labelCondition(shape.label, sql`${v.now}::timestamptz`)})` : null,
    shape.from ? sql`${a.startsAt} >= ${v.from}::timestamptz` : null,
    shape.to ? sql`${a.startsAt} < ${v.to}::timestamptz` : null,
    shape.worker ? sql`${a.assignedWorkerId} = ${v.workerId}::uuid` : null,
    shape.q ? sql`(${a.title} ILIKE ${v.q} OR ${a.description} ILIKE ${v.q})` : null,
  ].filter((c): c is SQL => c !== null);
}

/**
 * What a list row needs, and nothing more: descriptions and instructions (up to 30 000 characters) stay in the
 * table, which keeps a page of 25 light however long the assignments are.
 */
const a = assignments;
export const listColumns = {
  id: a.id,
  title: a.title,
  status: a.status,
  locationType: a.locationType,
  /** The city alone: the whole location (address, contact, coordinates) would be parsed for every row. */
  city: sql<string | null>`${a.location}->>'city'`,
  timeZone: a.timeZone,
  scheduleType: a.scheduleType,
  startsAt: a.startsAt,
  endsAt: a.endsAt,
  deadline: a.deadline,
  confirmationHours: a.confirmationHours,
  confirmedAt: a.confirmedAt,
  holdReason: a.holdReason,
  openRequestCount: a.openRequestCount,
  openQuestionCount: a.openQuestionCount,
  deliverablesDueAt: a.deliverablesDueAt,
  pricingType: a.pricingType,
  flatAmount: a.flatAmount,
  rate: a.rate,
  flatHours: a.flatHours,
  maxQuantity: a.maxQuantity,
  unitName: a.unitName,
  currency: a.currency,
  maximumSpend: a.maximumSpend,
  claimedAmount: a.claimedAmount,
  submittedAt: a.submittedAt,
  extraBudget: a.extraBudget,
  assignedWorkerId: a.assignedWorkerId,
  createdAt: a.createdAt,
};
export type ListRow = Pick<AssignmentRow, Exclude<keyof typeof listColumns, "city">> & { city: string | null };

/**
 * The per-status counters (`assignment_totals`) as one JSON text. The hot path reads them inside the page's own
 * statement (an uncorrelated subquery, run once per statement), which saves a round trip per list request.
 */
export function countersJson(companyId: SQLWrapper | string) {
  const t = assignmentTotals;
  return sql<string>`(SELECT coalesce(json_agg(c ORDER BY c.status, c.currency), '[]')::text FROM (
    SELECT ${t.status} AS status, ${t.currency} AS currency, sum(${t.count})::int AS count,
      sum(${t.maximumSpend})::bigint AS "maximumSpend", sum(${t.amount})::bigint AS amount
    FROM ${t} WHERE ${t.companyId} = ${companyId} GROUP BY ${t.status}, ${t.currency} HAVING sum(${t.count}) > 0) c)`;
}

export const unfiltered = (query: AssignmentQuery) =>
  !query.label && !query.from && !query.to && !query.workerId && !query.q;

export interface Selected {
  row: ListRow;
  workerName: string | null;
}

/**
 * The list's rows through Drizzle, built per call: what the CSV export reads (10 000 rows, once), and the reference
 * the list page's built-once statements (list-page-steps.ts) are tested and benched against.
 */
export async function selectAssignments(ctx: Ctx, query: AssignmentQuery, limit: number | null) {
  const statuses = query.status ?? [];
  const after = decodeCursor(query.cursor);
  const where = and(
    ...filters(filterArgs(ctx, query), filterShape(query)),
    statuses.length ? inArray(assignments.status, statuses) : undefined,
    after
      ? sql`(${assignments.createdAt}, ${assignments.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
      : undefined,
  );
  const select = ctx.db
    .select({ row: listColumns, workerName: users.name })
    .from(assignments)
    .leftJoin(users, eq(users.id, assignments.assignedWorkerId))
    .where(where)
    .orderBy(desc(assignments.createdAt), desc(assignments.id));
  const rows: Selected[] = await (limit === null ? select : select.limit(limit + 1));
  return { rows };
}
