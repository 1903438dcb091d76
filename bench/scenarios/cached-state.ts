/**
 * Issue 8, item 10: every piece of cached state the assignments list reads, measured against the plain query that
 * would replace it, on the list scenario's company (10 000 assignments, with requests and deliverables on some). Each
 * pair runs alternately on one connection; the figure is the fastest call of many (statement and row mapping
 * included): on a shared machine the minimum is the cost with the least interference, where a median measures the
 * neighbours. The pairs must answer alike (checked), so the only difference is the cost.
 */
import { and, desc, eq, type SQL, sql } from "drizzle-orm";
import { labelsOf } from "#domains/assignments/labels";
import { selectListPage } from "#domains/assignments/list-page-steps";
import { labelCondition, listColumns, selectAssignments } from "#domains/assignments/list-steps";
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

async function fastest(run: () => Promise<unknown>): Promise<number> {
  let best = Number.POSITIVE_INFINITY;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    await run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

/** Alternates the two forms (after one warm-up each) and returns their fastest calls in µs. */
async function pair(cached: () => Promise<unknown>, plainForm: () => Promise<unknown>, rounds = ROUNDS) {
  await cached();
  await plainForm();
  const c: number[] = [];
  const p: number[] = [];
  for (let i = 0; i < rounds; i++) {
    c.push(await fastest(cached));
    p.push(await fastest(plainForm));
  }
  return { cached: Math.min(...c) * 1000, plain: Math.min(...p) * 1000 };
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

type Column = "openRequestCount" | "extraBudget" | "deliverablesDueAt";
const computed: Record<Column, SQL> = {
  openRequestCount: sql<number>`${plain.openRequests}::int`,
  extraBudget: sql<number>`${plain.extraBudget}::bigint`,
  deliverablesDueAt: sql<Date | null>`${plain.deliverablesDueAt}`.mapWith(a.deliverablesDueAt),
};

/** The page of 25 in progress with the columns its labels and amounts need: from the row, or one computed. */
function page(db: Db, companyId: string, column: Column | null) {
  return db
    .select(column ? { ...listColumns, [column]: computed[column] } : listColumns)
    .from(a)
    .where(and(eq(a.companyId, companyId), eq(a.status, "in_progress")))
    .orderBy(desc(a.createdAt), desc(a.id))
    .limit(26);
}

/** What open_question_count would be without the column: an EXISTS on the messages' partial index per row. */
const openQuestions = sql<number>`(CASE WHEN EXISTS (SELECT 1 FROM messages m WHERE m.assignment_id = ${a.id}
  AND m.kind = 'question' AND m.expects_answer AND m.answered_at IS NULL) THEN 1 ELSE 0 END)`;
const questionOpen = sql`${a.status} IN ('sent', 'assigned', 'in_progress', 'submitted', 'approved', 'paid')
  AND ${openQuestions} > 0`;

/** The page of 25 sent assignments, the question_open count from the row or from messages. */
function sentPage(db: Db, companyId: string, plainForm: boolean) {
  return db
    .select(plainForm ? { ...listColumns, openQuestionCount: openQuestions } : listColumns)
    .from(a)
    .where(and(eq(a.companyId, companyId), eq(a.status, "sent")))
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
  const withQuestions = await labelPage(db, companyId, labelCondition("question_open", now));
  if (withQuestions.length === 0) {
    throw new Error("cached-state bench: no open question in the list scenario's company");
  }
  same("question_open page", withQuestions, await labelPage(db, companyId, questionOpen));
  for (const column of Object.keys(computed) as Column[]) {
    same(`page (${column})`, await page(db, companyId, null), await page(db, companyId, column));
  }
  const query = { status: ["sent" as const], limit: 25 };
  const ids = (rows: { id: string }[]) => rows.map((row) => row.id);
  same(
    "prepared page",
    ids((await selectListPage(ctx, query)).rows),
    ids((await selectAssignments(ctx, query, 25)).rows.map(({ row }) => row)),
  );
  const jsLabel = async () =>
    (await selectAssignments(ctx, { limit: 25 }, null)).rows
      .filter(({ row }) => labelsOf({ ...row, now }).includes("late"))
      .slice(0, 26);
  const onPage = (column: Column) =>
    pair(
      () => page(db, companyId, null),
      () => page(db, companyId, column),
    );
  const lines: Line[] = [
    [
      "totals (unfiltered list): delta table vs count/sum over the rows",
      await pair(
        () => totals(db, companyId, true),
        () => totals(db, companyId, false),
      ),
      "assignment_totals",
    ],
    [
      "page of 25 (status=sent) with its totals: built once vs built and mapped by Drizzle per call",
      await pair(
        () => selectListPage(ctx, query),
        () => selectAssignments(ctx, query, 25),
      ),
      "prepared statements",
    ],
    [
      "late filter: label rule in SQL vs all rows read and filtered with labels.ts",
      await pair(() => selectAssignments(ctx, { label: "late", limit: 25 }, 25), jsLabel, 2),
      "labelCondition",
    ],
    [
      "page of 25 (in progress), labels: open_request_count vs counted per row",
      await onPage("openRequestCount"),
      "openRequestCount",
    ],
    [
      "request_pending filter: open_request_count vs EXISTS on requests",
      await pair(
        () => labelPage(db, companyId, labelCondition("request_pending", now)),
        () => labelPage(db, companyId, pending),
      ),
      "openRequestCount",
    ],
    ["page of 25 (in progress), ceiling: extra_budget vs summed per row", await onPage("extraBudget"), "extraBudget"],
    [
      "page of 25 (in progress), labels: deliverables_due_at vs computed per row",
      await onPage("deliverablesDueAt"),
      "deliverablesDueAt",
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
      "page of 25 (sent), labels: open_question_count vs EXISTS on messages per row",
      await pair(
        () => sentPage(db, companyId, false),
        () => sentPage(db, companyId, true),
      ),
      "openQuestionCount",
    ],
    [
      "question_open filter: open_question_count vs EXISTS on messages (semi-join)",
      await pair(
        () => labelPage(db, companyId, labelCondition("question_open", now)),
        () => labelPage(db, companyId, questionOpen),
      ),
      "openQuestionCount",
    ],
  ];
  return [
    `${label}: cached state vs the plain query (fastest of ${ROUNDS} rounds of 5 calls, µs, one connection):`,
    ...lines.map(
      ([what, { cached, plain: p }, piece]) =>
        `  ${what}: ${cached.toFixed(0)} vs ${p.toFixed(0)} µs (x${(p / cached).toFixed(1)}) [${piece}]`,
    ),
  ];
}
