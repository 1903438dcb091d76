/**
 * Issue 8, item 10: every piece of cached state the assignments list reads, measured against the plain query that
 * would replace it, on the list scenario's company (10 000 assignments, with requests and deliverables on some). Each
 * pair runs alternately on one connection; the figure is the median time per call, statement and row mapping
 * included. The pairs must answer alike (checked), so the only difference is the cost.
 */
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { labelsOf } from "#domains/assignments/labels";
import { labelCondition, listColumns, pageQuery, selectAssignments } from "#domains/assignments/list-steps";
import { assignments } from "#domains/assignments/tables";
import type { Ctx } from "#platform/context";
import type { Db } from "#platform/db";
import { createLogger } from "#platform/log";

const ROUNDS = Number(process.env.BENCH_CACHE_ROUNDS ?? 40);
const a = assignments;

/** The plain forms of the cached columns: what the row would compute without them. */
const plain = {
  openRequests: sql`(SELECT count(*) FROM assignment_requests r WHERE r.assignment_id = ${a.id}
    AND r.worker_id = ${a.assignedWorkerId} AND r.status = 'pending')`,
  extraBudget: sql`(SELECT coalesce(sum(r.amount), 0) FROM assignment_requests r WHERE r.assignment_id = ${a.id}
    AND r.worker_id = ${a.assignedWorkerId} AND r.status = 'accepted' AND r.kind IN ('budget_increase', 'expense'))`,
  deliverablesDueAt: sql`(SELECT min(q.due_at) FROM deliverable_requirements q WHERE q.assignment_id = ${a.id}
    AND q.due_at IS NOT NULL AND (CASE WHEN q.kind = 'report' THEN (q.report_text IS NOT NULL)::int ELSE
    (SELECT count(*) FROM assignment_files f WHERE f.requirement_id = q.id AND f.released_at IS NULL)::int END)
    < q.required_count)`,
};

async function median(run: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times.sort((x, y) => x - y)[2] ?? 0;
}

/** Alternates the two forms ROUNDS times (after one warm-up each) and returns their medians in µs. */
async function pair(cached: () => Promise<unknown>, plainForm: () => Promise<unknown>) {
  await cached();
  await plainForm();
  const c: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    c.push(await median(cached));
    p.push(await median(plainForm));
  }
  const mid = (values: number[]) => (values.sort((x, y) => x - y)[Math.floor(values.length / 2)] ?? 0) * 1000;
  return { cached: mid(c), plain: mid(p) };
}

const json = (value: unknown) => JSON.stringify(value, (_, v) => (typeof v === "bigint" ? Number(v) : v));
function same(what: string, x: unknown, y: unknown): void {
  if (json(x) !== json(y)) {
    throw new Error(`cached-state bench: the cached and plain ${what} disagree`);
  }
}

function totals(db: Db, companyId: string, cached: boolean) {
  if (cached) {
    return db.execute(sql`SELECT status, currency, sum(count)::int AS n, sum(maximum_spend)::bigint AS spend
      FROM assignment_totals WHERE company_id = ${companyId} GROUP BY 1, 2 HAVING sum(count) > 0 ORDER BY 1, 2`);
  }
  return db.execute(sql`SELECT status, currency, count(*)::int AS n, sum(maximum_spend + extra_budget)::bigint AS spend
      FROM assignments WHERE company_id = ${companyId} GROUP BY 1, 2 ORDER BY 1, 2`);
}

/** A first page with one label filter, from the cached columns or from the plain subqueries. */
function labelPage(db: Db, companyId: string, condition: SQL) {
  return db
    .select({ id: a.id })
    .from(a)
    .where(and(eq(a.companyId, companyId), condition))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(26);
}

/** The page of 25 with the columns the labels and the amount need, read from the row or computed. */
function page(db: Db, companyId: string, cached: boolean) {
  const columns = cached
    ? listColumns
    : {
        ...listColumns,
        openRequestCount: sql<number>`${plain.openRequests}::int`,
        extraBudget: sql<number>`${plain.extraBudget}::bigint`,
        deliverablesDueAt: sql<Date | null>`${plain.deliverablesDueAt}`.mapWith(a.deliverablesDueAt),
      };
  return db
    .select(columns)
    .from(a)
    .where(and(eq(a.companyId, companyId), eq(a.status, "in_progress")))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(26);
}

type Line = [string, { cached: number; plain: number }, string];

export async function compareCachedState(db: Db, label: string, companyId: string): Promise<string[]> {
  const now = new Date();
  const ctx = {
    db,
    now,
    actor: {
      kind: "user",
      userId: companyId,
      accountType: "client",
      companyId,
      companyRole: "admin",
      staffRole: null,
      sessionId: null,
      apiKeyId: null,
    },
    log: createLogger("silent"),
  } as unknown as Ctx;
  const rowsOf = async (result: Promise<unknown>) => ((await result) as { rows: unknown[] }).rows;
  same("totals", await rowsOf(totals(db, companyId, true)), await rowsOf(totals(db, companyId, false)));
  const pending = sql`${plain.openRequests} > 0 AND ${a.status} IN ('assigned', 'in_progress', 'submitted')`;
  const late = sql`${a.status} IN ('assigned', 'in_progress') AND COALESCE(${plain.deliverablesDueAt}, ${a.deadline}) < ${now}`;
  same(
    "pending page",
    await labelPage(db, companyId, labelCondition("request_pending", now)),
    await labelPage(db, companyId, pending),
  );
  same(
    "late page",
    await labelPage(db, companyId, labelCondition("deliverable_late", now)),
    await labelPage(db, companyId, late),
  );
  same("page", await page(db, companyId, true), await page(db, companyId, false));
  const query = { status: ["sent" as const], limit: 25 };
  same("prepared page", (await selectAssignments(ctx, query, 25)).rows, await pageQuery(db, 26, companyId, "sent"));
  const jsLabel = async () =>
    (await selectAssignments(ctx, { limit: 25 }, null)).rows
      .filter(({ row }) => labelsOf({ ...row, now }).includes("late"))
      .slice(0, 26);
  const lines: Line[] = [
    [
      "totals: delta table vs count/sum over the rows",
      await pair(
        () => totals(db, companyId, true),
        () => totals(db, companyId, false),
      ),
      "assignment_totals",
    ],
    [
      "request_pending filter: open_request_count vs EXISTS on requests",
      await pair(
        () => labelPage(db, companyId, labelCondition("request_pending", now)),
        () => labelPage(db, companyId, pending),
      ),
      "openRequestCount",
    ],
    [
      "deliverable_late filter: deliverables_due_at vs subquery on requirements and files",
      await pair(
        () => labelPage(db, companyId, labelCondition("deliverable_late", now)),
        () => labelPage(db, companyId, late),
      ),
      "deliverablesDueAt",
    ],
    [
      "page of 25 (in progress): cached columns vs computed per row",
      await pair(
        () => page(db, companyId, true),
        () => page(db, companyId, false),
      ),
      "openRequestCount, extraBudget, deliverablesDueAt",
    ],
    [
      "page of 25 (status=sent): prepared statement vs built and planned per call",
      await pair(
        () => selectAssignments(ctx, { ...query }, 25),
        () => pageQuery(db, 26, companyId, "sent"),
      ),
      "prepared statements",
    ],
    [
      "late filter: label rule in SQL vs all rows read and filtered with labels.ts",
      await pair(() => selectAssignments(ctx, { label: "late", limit: 25 }, 25), jsLabel),
      "labelCondition",
    ],
  ];
  return [
    `${label}: cached state vs the plain query (median µs per call over ${ROUNDS} rounds of 5, one connection):`,
    ...lines.map(
      ([what, { cached, plain: p }, piece]) =>
        `  ${what}: ${cached.toFixed(0)} vs ${p.toFixed(0)} µs (x${(p / cached).toFixed(1)}) [${piece}]`,
    ),
  ];
}
