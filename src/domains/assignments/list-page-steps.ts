/**
 * The client's list page and its totals as statements built once per shape (issue 10, prepared.ts). The profile of
 * `GET /assignments?status=sent` put a tenth of the request's CPU in Drizzle's generic row mapper (26 rows of 30
 * fields, a nested object and a decoder call per field) and more in the garbage it left; filtered pages and their
 * totals were also built anew on every call. Here each statement is text built on first use per shape (which
 * filters, which status form, a cursor or not, the first page's size), and a row is decoded by hand from the
 * columns a list item needs. Measured with bench/cpu-summary.ts: 2.35 → 1.42 ms busy CPU per request.
 *
 * The rules stay those of list-steps.ts (`labelCondition`, the counters, the sort and cursor), and
 * queries/list.test.ts holds the answers to them.
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { decodeCursor } from "#platform/pagination";
import { preparedStatement } from "#platform/prepared";
import type { AssignmentStatus } from "./contract";
import type { LabelInput } from "./labels";
import { countersJson, type FilterShape, filterArgs, filterShape, filters, unfiltered } from "./list-steps";
import { assignments } from "./tables";
import type { AssignmentQuery } from "./views";

const a = assignments;

/** What changes a page's text (with the filters' shape); everything else is a placeholder's value. */
interface PageShape extends FilterShape {
  statuses: "all" | "one" | "many";
  cursor: boolean;
  /**
   * The first page's row count, written into the text: PostgreSQL plans `LIMIT $n` for an unknown n. Only there
   * (a few sizes); filtered and later pages pass it as a value, which bounds the shapes a client can make.
   */
  rows: number | null;
  /** The per-status counters ride along with an unfiltered first page (one round trip). */
  counters: boolean;
}

interface Values {
  companyId: string;
  now: string;
  from: string;
  to: string;
  workerId: string;
  q: string;
  status: AssignmentStatus;
  statuses: AssignmentStatus[];
  afterAt: string;
  afterId: string;
  limit: number;
}

/**
 * A timestamp as whole epoch milliseconds, floored as parsing the text into a Date truncates: `new Date(number)`
 * costs a fifth of parsing PostgreSQL's text form (60 against 300 ns), 26 rows × 7 timestamps a page. float8 reads
 * as a number on both drivers.
 */
const epochMs = (column: SQLWrapper, name: string) =>
  sql`floor(extract(epoch from ${column}) * 1000)::float8 AS ${sql.identifier(name)}`;

/** The columns a list item needs, named as PageRow's fields (no pricing, no time zone: the CSV export reads those). */
const columns = sql.join(
  [
    sql`${a.id} AS "id"`,
    sql`${a.title} AS "title"`,
    sql`${a.status} AS "status"`,
    sql`${a.locationType} AS "locationType"`,
    sql`${a.location}->>'city' AS "city"`,
    sql`${a.scheduleType} AS "scheduleType"`,
    epochMs(a.startsAt, "startsAt"),
    epochMs(a.endsAt, "endsAt"),
    epochMs(a.deadline, "deadline"),
    sql`${a.confirmationHours} AS "confirmationHours"`,
    epochMs(a.confirmedAt, "confirmedAt"),
    sql`${a.holdReason} AS "holdReason"`,
    sql`${a.openRequestCount} AS "openRequestCount"`,
    sql`${a.openQuestionCount} AS "openQuestionCount"`,
    epochMs(a.deliverablesDueAt, "deliverablesDueAt"),
    sql`${a.maximumSpend} AS "maximumSpend"`,
    sql`${a.extraBudget} AS "extraBudget"`,
    sql`${a.currency} AS "currency"`,
    sql`${a.claimedAmount} AS "claimedAmount"`,
    epochMs(a.submittedAt, "submittedAt"),
    sql`${a.assignedWorkerId} AS "assignedWorkerId"`,
    sql`${users.name} AS "workerName"`,
    epochMs(a.createdAt, "createdAt"),
  ],
  sql`, `,
);

/** Timestamps as epoch milliseconds (epochMs). */
type At = number | null;
interface RawRow {
  id: string;
  title: string;
  status: AssignmentStatus;
  locationType: (typeof assignments.$inferSelect)["locationType"];
  city: string | null;
  scheduleType: "fixed" | "window" | null;
  startsAt: At;
  endsAt: At;
  deadline: At;
  confirmationHours: number;
  confirmedAt: At;
  holdReason: string | null;
  openRequestCount: number;
  openQuestionCount: number;
  deliverablesDueAt: At;
  maximumSpend: number | string | bigint;
  extraBudget: number | string | bigint;
  currency: string;
  claimedAmount: number | string | bigint | null;
  submittedAt: At;
  assignedWorkerId: string | null;
  workerName: string | null;
  createdAt: number;
  counters?: string;
}

const page = preparedStatement<RawRow, Values, PageShape>((p, shape) => {
  const where = [
    ...filters(p, shape),
    shape.statuses === "one" ? sql`${a.status} = ${p.status}` : null,
    shape.statuses === "many" ? sql`${a.status} = ANY(${p.statuses}::assignment_status[])` : null,
    shape.cursor ? sql`(${a.createdAt}, ${a.id}) < (${p.afterAt}::timestamptz, ${p.afterId}::uuid)` : null,
  ].filter((c): c is SQL => c !== null);
  const counters = shape.counters ? sql`, ${countersJson(p.companyId)} AS "counters"` : sql``;
  const limit = shape.rows === null ? sql`${p.limit}` : sql.raw(String(Math.trunc(shape.rows)));
  return sql`SELECT ${columns}${counters} FROM ${a} LEFT JOIN ${users} ON ${users.id} = ${a.assignedWorkerId}
    WHERE ${sql.join(where, sql` AND `)} ORDER BY ${a.createdAt} DESC, ${a.id} DESC LIMIT ${limit}`;
});

export interface Total {
  status: AssignmentStatus;
  currency: string;
  count: number;
  maximumSpend: number;
  amount: number;
}

/** pricing.ts shownAmount in SQL, for totals aggregated over filtered rows. */
const shownAmount = sql`CASE WHEN ${a.status} IN ('approved', 'invoiced', 'paid') AND ${a.claimedAmount} IS NOT NULL
  THEN ${a.claimedAmount} ELSE ${a.maximumSpend} + ${a.extraBudget} END`;

const filteredTotals = preparedStatement<Total, Values, FilterShape>(
  (p, shape) => sql`SELECT ${a.status} AS "status", ${a.currency} AS "currency", count(*)::int AS "count",
    coalesce(sum(${a.maximumSpend} + ${a.extraBudget}), 0)::bigint AS "maximumSpend",
    coalesce(sum(${shownAmount}), 0)::bigint AS "amount"
    FROM ${a} WHERE ${sql.join(filters(p, shape), sql` AND `)}
    GROUP BY ${a.status}, ${a.currency} ORDER BY ${a.status}, ${a.currency}`,
);

const counters = preparedStatement<{ counters: string }, { companyId: string }>(
  (p) => sql`SELECT ${countersJson(p.companyId)} AS "counters"`,
);

/** A list row as the summary needs it: timestamps as Dates, amounts as numbers, the clock its labels read. */
export interface PageRow extends LabelInput {
  id: string;
  title: string;
  status: AssignmentStatus;
  locationType: (typeof assignments.$inferSelect)["locationType"];
  city: string | null;
  scheduleType: "fixed" | "window" | null;
  startsAt: Date | null;
  endsAt: Date | null;
  deadline: Date | null;
  confirmationHours: number;
  confirmedAt: Date | null;
  holdReason: string | null;
  openRequestCount: number;
  openQuestionCount: number;
  deliverablesDueAt: Date | null;
  maximumSpend: number;
  extraBudget: number;
  currency: string;
  claimedAmount: number | null;
  submittedAt: Date | null;
  assignedWorkerId: string | null;
  workerName: string | null;
  createdAt: Date;
}

const at = (value: At) => (value === null ? null : new Date(value));

function decode(r: RawRow, now: Date): PageRow {
  return {
    now,
    id: r.id,
    title: r.title,
    status: r.status,
    locationType: r.locationType,
    city: r.city,
    scheduleType: r.scheduleType,
    startsAt: at(r.startsAt),
    endsAt: at(r.endsAt),
    deadline: at(r.deadline),
    confirmationHours: r.confirmationHours,
    confirmedAt: at(r.confirmedAt),
    holdReason: r.holdReason,
    openRequestCount: r.openRequestCount,
    openQuestionCount: r.openQuestionCount,
    deliverablesDueAt: at(r.deliverablesDueAt),
    maximumSpend: Number(r.maximumSpend),
    extraBudget: Number(r.extraBudget),
    currency: r.currency,
    claimedAmount: r.claimedAmount === null ? null : Number(r.claimedAmount),
    submittedAt: at(r.submittedAt),
    assignedWorkerId: r.assignedWorkerId,
    workerName: r.workerName,
    createdAt: new Date(r.createdAt),
  };
}

/** The placeholders' values; the ones a shape does not use are ignored. */
function valuesOf(ctx: Ctx, query: AssignmentQuery, after: unknown[] | null): Values {
  const statuses = query.status ?? [];
  return {
    ...filterArgs(ctx, query),
    status: statuses[0] as AssignmentStatus,
    statuses,
    afterAt: after ? String(after[0]) : "",
    afterId: after ? String(after[1]) : "",
    limit: query.limit + 1,
  };
}

/**
 * One page of the client's list (`limit + 1` rows, to know there is a next one) and its totals: from the counters
 * when no filter but status applies (read with the first page), aggregated over the matching rows otherwise.
 */
export async function selectListPage(ctx: Ctx, query: AssignmentQuery): Promise<{ rows: PageRow[]; totals: Total[] }> {
  const after = decodeCursor(query.cursor);
  const values = valuesOf(ctx, query, after);
  const plain = unfiltered(query);
  const statuses = values.statuses.length;
  const shape: PageShape = {
    ...filterShape(query),
    statuses: statuses === 0 ? "all" : statuses === 1 ? "one" : "many",
    cursor: after !== null,
    rows: plain && !after ? values.limit : null,
    counters: plain && !after,
  };
  const raw = await page(ctx.db, values, shape);
  const rows = raw.map((r) => decode(r, ctx.now));
  if (!plain) {
    return { rows, totals: await filteredTotals(ctx.db, values, filterShape(query)) };
  }
  const json = raw[0]?.counters ?? (await counters(ctx.db, { companyId: values.companyId }))[0]?.counters;
  return { rows, totals: JSON.parse(json ?? "[]") as Total[] };
}
