import { stringify } from "csv-stringify/sync";
import { and, desc, eq, gte, ilike, inArray, lt, or, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Db } from "#platform/db";
import { decodeCursor, toPage } from "#platform/pagination";
import type { Currency } from "#shared/money";
import type { AssignmentLabel, AssignmentStatus } from "../contract";
import { describePricing } from "../pricing";
import type { AssignmentRow } from "../queries";
import { pricingOf, scheduleOf } from "../schedule";
import { assignments, assignmentTotals } from "../tables";
import { labelsFor } from "../views/view";
import type { AssignmentList, AssignmentQuery, AssignmentSummary } from "./contract";

const live = sql`${assignments.status} IN ('assigned', 'in_progress')`;

/** labels.ts in SQL, rule for rule, so the "exceptions" filter and the computed labels agree (lists.test.ts). */
export function labelCondition(label: AssignmentLabel, now: Date): SQL {
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
  }
}

export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** Every filter but status and the cursor: the totals are counted over these. */
function filtersOf(companyId: string, query: AssignmentQuery, now: Date): SQL[] {
  const text = query.q ? `%${escapeLike(query.q)}%` : null;
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
const listColumns = {
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
  deliverablesDueAt: a.deliverablesDueAt,
  pricingType: a.pricingType,
  flatAmount: a.flatAmount,
  rate: a.rate,
  flatHours: a.flatHours,
  maxQuantity: a.maxQuantity,
  unitName: a.unitName,
  currency: a.currency,
  maximumSpend: a.maximumSpend,
  extraBudget: a.extraBudget,
  assignedWorkerId: a.assignedWorkerId,
  createdAt: a.createdAt,
};
type ListRow = Pick<AssignmentRow, Exclude<keyof typeof listColumns, "city">> & { city: string | null };

export function toSummary(row: ListRow, workerName: string | null, now: Date): AssignmentSummary {
  return {
    id: row.id,
    title: row.title,
    status: row.status,
    labels: labelsFor(row, now),
    locationType: row.locationType,
    city: row.city,
    schedule: scheduleOf(row),
    // The ceiling submit enforces: the priced maximum plus accepted increases, as the assignment page shows it.
    maximumSpend: { amount: row.maximumSpend + row.extraBudget, currency: row.currency as Currency },
    assignedWorker: row.assignedWorkerId && workerName ? { id: row.assignedWorkerId, name: workerName } : null,
    createdAt: row.createdAt.toISOString(),
  };
}

/**
 * The per-status counters (`assignment_totals`) as one JSON text. The hot path reads them inside the page's own
 * statement (an uncorrelated subquery, run once per statement), which saves a round trip per list request.
 */
function countersJson(companyId: SQLWrapper) {
  const t = assignmentTotals;
  return sql<string>`(SELECT coalesce(json_agg(c ORDER BY c.status, c.currency), '[]')::text FROM (
    SELECT ${t.status} AS status, ${t.currency} AS currency, sum(${t.count})::int AS count,
      sum(${t.maximumSpend})::bigint AS "maximumSpend"
    FROM ${t} WHERE ${t.companyId} = ${companyId} GROUP BY ${t.status}, ${t.currency} HAVING sum(${t.count}) > 0) c)`;
}

/**
 * The list's hot path (a first page, all or one status, no other filter) with its counters, as prepared statements:
 * built once per database instead of per request (the bench's 10 000-row list).
 */
function prepareList(db: Db) {
  const companyId = sql.placeholder("companyId");
  const page = (where: SQL | undefined) =>
    db
      .select({ row: listColumns, workerName: users.name, counters: countersJson(companyId) })
      .from(assignments)
      .leftJoin(users, eq(users.id, assignments.assignedWorkerId))
      .where(where)
      .orderBy(desc(assignments.createdAt), desc(assignments.id))
      .limit(sql.placeholder("limit"));
  return {
    all: page(eq(assignments.companyId, companyId)).prepare("assignments_list_all"),
    byStatus: page(
      and(eq(assignments.companyId, companyId), eq(assignments.status, sql.placeholder("status"))),
    ).prepare("assignments_list_by_status"),
    counters: db
      .select({ counters: countersJson(companyId) })
      .from(sql`(SELECT 1) AS one`)
      .prepare("assignments_counters"),
  };
}
const prepared = new WeakMap<Db, ReturnType<typeof prepareList>>();
function statements(db: Db) {
  const known = prepared.get(db) ?? prepareList(db);
  prepared.set(db, known);
  return known;
}

const unfiltered = (query: AssignmentQuery) => !query.label && !query.from && !query.to && !query.workerId && !query.q;

interface Selected {
  row: ListRow;
  workerName: string | null;
  /** The counters as JSON text, on hot-path rows only. */
  counters?: string;
}

export async function selectAssignments(ctx: Ctx, query: AssignmentQuery, limit: number | null) {
  const actor = companyActor(ctx);
  const filters = filtersOf(actor.companyId, query, ctx.now);
  const statuses = query.status ?? [];
  if (limit !== null && !query.cursor && unfiltered(query) && statuses.length <= 1) {
    const { all, byStatus } = statements(ctx.db);
    const values = { companyId: actor.companyId, limit: limit + 1, status: statuses[0] };
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

interface Total {
  status: AssignmentStatus;
  currency: string;
  count: number;
  maximumSpend: number;
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
  return {
    items: page.items.map(({ row, workerName }) => toSummary(row, workerName, ctx.now)),
    nextCursor: page.nextCursor,
    totals: totals.map((t) => ({
      status: t.status,
      count: Number(t.count),
      maximumSpend: { amount: Number(t.maximumSpend), currency: t.currency as Currency },
    })),
  };
}

const formulaStart = /^[=+\-@\t\r]/;
/** A cell a spreadsheet would run as a formula is prefixed with a quote (OWASP CSV injection). */
const cell = (value: string) => (formulaStart.test(value) ? `'${value}` : value);
export const EXPORT_LIMIT = 10_000;

/** The filtered list as CSV (first 10 000 rows), amounts in minor units beside their currency. */
export async function exportAssignmentsCsv(ctx: Ctx, query: AssignmentQuery): Promise<string> {
  const { rows } = await selectAssignments(ctx, { ...query, cursor: undefined }, EXPORT_LIMIT - 1);
  const records = rows.map(({ row, workerName }) => [
    row.id,
    cell(row.title),
    row.status,
    labelsFor(row, ctx.now).join(" "),
    cell(row.city ?? ""),
    row.startsAt?.toISOString() ?? "",
    row.endsAt?.toISOString() ?? "",
    row.timeZone,
    cell(describePricing(pricingOf(row), row.currency as Currency)),
    String(row.maximumSpend + row.extraBudget),
    row.currency,
    cell(workerName ?? ""),
    row.createdAt.toISOString(),
  ]);
  return stringify(records, { header: true, columns: csvColumns });
}

const csvColumns = [
  "id",
  "title",
  "status",
  "labels",
  "city",
  "starts_at",
  "ends_at",
  "time_zone",
  "pricing",
  "maximum_spend_minor_units",
  "currency",
  "assigned_worker",
  "created_at",
];
