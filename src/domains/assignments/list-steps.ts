/**
 * Selecting a company's assignments with the list's filters for the CSV export (queries/export.ts) and the
 * cached-state bench: the label rules in SQL, the columns a row needs, the first page's Drizzle statements. The
 * client's list itself reads list-page-steps.ts (statements built once per shape, rows decoded by hand, issue 10).
 */
import { and, desc, eq, gte, ilike, inArray, lt, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { containing, type Db } from "#platform/db";
import { decodeCursor } from "#platform/pagination";
import type { AssignmentLabel, AssignmentStatus } from "./contract";
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
function filtersOf(companyId: string, query: AssignmentQuery, now: Date): SQL[] {
  const text = query.q ? containing(query.q) : null;
  return [
    eq(assignments.companyId, companyId),
    query.label ? labelCondition(query.label, now) : undefined,
    query.from ? gte(assignments.startsAt, new Date(query.from)) : undefined,
    query.to ? lt(assignments.startsAt, new Date(query.to)) : undefined,
    query.workerId ? eq(assignments.assignedWorkerId, query.workerId) : undefined,
    text ? or(ilike(assignments.title, text), ilike(assignments.description, text)) : undefined,
  ].filter((c): c is SQL => c !== undefined);
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

/**
 * The list's hot path (a first page, all or one status, no other filter) with its counters, as prepared statements:
 * built once per database and page size instead of per request (the bench's 10 000-row list). The page size is
 * written into the statement, not passed: with LIMIT as a parameter PostgreSQL never trusts a generic plan and plans
 * every execution again (pg_prepared_statements showed 0 generic plans), which cost more than the query itself.
 * Measured (issue 8, bench cached-state): a page of 25 costs 0.76 ms prepared against 2.0 ms built and planned per
 * call on PostgreSQL, 3.9 against 9.4 ms on PGlite.
 */
export function pageQuery(
  db: Db,
  rows: number,
  companyId: SQLWrapper | string,
  status?: SQLWrapper | AssignmentStatus,
) {
  // The dialect writes an SQL object after LIMIT as it is; typed as a number because `.limit()` is.
  const limit = sql.raw(String(Math.trunc(rows))) as unknown as number;
  const ofCompany = eq(assignments.companyId, companyId);
  return db
    .select({ row: listColumns, workerName: users.name, counters: countersJson(companyId) })
    .from(assignments)
    .leftJoin(users, eq(users.id, assignments.assignedWorkerId))
    .where(status === undefined ? ofCompany : and(ofCompany, eq(assignments.status, status)))
    .orderBy(desc(assignments.createdAt), desc(assignments.id))
    .limit(limit);
}

function preparePage(db: Db, rows: number) {
  const companyId = sql.placeholder("companyId");
  return {
    all: pageQuery(db, rows, companyId).prepare(`assignments_list_all_${rows}`),
    byStatus: pageQuery(db, rows, companyId, sql.placeholder("status")).prepare(`assignments_list_by_status_${rows}`),
  };
}

function prepareCounters(db: Db) {
  return db
    .select({ counters: countersJson(sql.placeholder("companyId")) })
    .from(sql`(SELECT 1) AS one`)
    .prepare("assignments_counters");
}

interface Prepared {
  pages: Map<number, ReturnType<typeof preparePage>>;
  counters: ReturnType<typeof prepareCounters>;
}
const prepared = new WeakMap<Db, Prepared>();
export function statements(db: Db): Prepared {
  const known = prepared.get(db) ?? { pages: new Map(), counters: prepareCounters(db) };
  prepared.set(db, known);
  return known;
}
/** At most 100 sizes (a page of 1–100, plus one row to know there is a next page). */
function pageStatements(db: Db, rows: number) {
  const { pages } = statements(db);
  const known = pages.get(rows) ?? preparePage(db, rows);
  pages.set(rows, known);
  return known;
}

const PAGE_MAX = 100;
export const unfiltered = (query: AssignmentQuery) =>
  !query.label && !query.from && !query.to && !query.workerId && !query.q;

export interface Selected {
  row: ListRow;
  workerName: string | null;
  /** The counters as JSON text, on hot-path rows only. */
  counters?: string;
}

export async function selectAssignments(ctx: Ctx, query: AssignmentQuery, limit: number | null) {
  const actor = companyActor(ctx);
  const filters = filtersOf(actor.companyId, query, ctx.now);
  const statuses = query.status ?? [];
  // Pages only (limit ≤ 100): the CSV export's 10 000 rows take the general query, without counters on every row.
  if (limit !== null && limit <= PAGE_MAX && !query.cursor && unfiltered(query) && statuses.length <= 1) {
    const { all, byStatus } = pageStatements(ctx.db, limit + 1);
    const values = { companyId: actor.companyId, status: statuses[0] };
    const rows: Selected[] = await (statuses.length === 0 ? all : byStatus).execute(values);
    return { rows, filters };
  }
  const after = decodeCursor(query.cursor);
  const where = and(
    ...filters,
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
  return { rows, filters };
}
