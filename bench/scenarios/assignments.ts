import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import { eq, sql } from "drizzle-orm";
import { assignments } from "#domains/assignments/tables";
import type { Db } from "#platform/db";
import type { Scenario } from "../lib/scenario";
import { signUpParty } from "../lib/sign-up";

const HOUR = 3_600_000;
const LIST_SIZE = 10_000;

interface Party {
  id: string;
  cookie: string;
  companyId: string | null;
}

async function api(appUrl: string, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${appUrl}/api/v1${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`${method} ${path} answered ${response.status}: ${await response.text()}`);
  }
  return response.json() as Promise<Record<string, unknown>>;
}

/** Signs up through the API and accepts the current policies, as a real client or worker would. */
async function party(db: Db, appUrl: string, accountType: "client" | "worker"): Promise<Party> {
  const { cookie, me } = await signUpParty(db, appUrl, {
    email: `bench-${randomBytes(6).toString("hex")}@example.test`,
    password: "benchmark password",
    name: accountType === "client" ? "Bea Bench" : "Will Worker",
    accountType,
    ...(accountType === "client" ? { companyName: "Bench Co" } : {}),
  });
  const overview = await api(appUrl, cookie, "GET", "/policies");
  const pending = (overview.pending as { versionId: string }[]).map((p) => p.versionId);
  if (pending.length > 0) {
    await api(appUrl, cookie, "POST", "/policies/accept", { versionIds: pending });
  }
  return { id: me.id, cookie, companyId: me.company?.id ?? null };
}

function assignmentBody() {
  const start = Date.now() + 72 * HOUR;
  return {
    title: "Install two POS terminals at the Austin store",
    description: "Mount and connect two point-of-sale terminals, run a test sale on each and photograph the counter.",
    skills: ["POS installation"],
    locationType: "remote",
    timeZone: "America/Chicago",
    schedule: {
      type: "fixed",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * HOUR).toISOString(),
    },
    pricing: { type: "hourly", rate: 5_000, maxHours: 5 },
    currency: "USD",
  };
}

const bareAssignment = {
  registerBaseline(app: Parameters<Scenario["registerBaseline"]>[0], db: Parameters<Scenario["registerBaseline"]>[1]) {
    // Both assignment scenarios share this route; the bare app is built once with every scenario.
    if (app.hasRoute({ method: "GET", url: "/bare/assignments/:id" })) {
      return;
    }
    app.get<{ Params: { id: string } }>("/bare/assignments/:id", async (request) => {
      const [row] = await db
        .select({ id: assignments.id, title: assignments.title, status: assignments.status })
        .from(assignments)
        .where(eq(assignments.id, request.params.id));
      return row ?? null;
    });
  },
  baseline: "bare route: one PK SELECT",
};

/**
 * Requests and deliverables on some live assignments, with the columns the actions keep for them (open requests,
 * extra budget and earliest due time) as the actions would have written them: a pending budget
 * request on every 10th, an accepted expense on every 20th, a photo due an hour after creation on every 3rd.
 */
async function addRequestsAndDeliverables(db: Parameters<Scenario["registerBaseline"]>[1], companyId: string) {
  const live = sql`(SELECT id, assigned_worker_id, created_at, row_number() OVER (ORDER BY id) AS n FROM assignments
    WHERE company_id = ${companyId} AND status IN ('assigned', 'in_progress'))`;
  await db.execute(sql`
    INSERT INTO assignment_requests (assignment_id, worker_id, kind, status, amount, currency, reason, requested_by,
      created_at)
    SELECT id, assigned_worker_id, k.kind::assignment_request_kind, k.status::assignment_request_status, 500, 'USD',
      'Generated for the list benchmark.', assigned_worker_id, now()
    FROM ${live} AS l CROSS JOIN LATERAL (VALUES ('budget_increase', 'pending', 10, 0), ('expense', 'accepted', 20, 1))
      AS k(kind, status, every, at) WHERE l.n % k.every = k.at`);
  await db.execute(sql`
    UPDATE assignments a SET
      open_request_count = (SELECT count(*) FROM assignment_requests r WHERE r.assignment_id = a.id AND r.status = 'pending'),
      extra_budget = (SELECT coalesce(sum(amount), 0) FROM assignment_requests r WHERE r.assignment_id = a.id AND r.status = 'accepted')
    WHERE a.id IN (SELECT assignment_id FROM assignment_requests)`);
  await db.execute(sql`
    INSERT INTO deliverable_requirements (assignment_id, position, kind, title, instructions, required_count, due_at,
      created_at)
    SELECT id, 0, 'photo', 'Counter', '', 1, created_at + interval '1 hour', now() FROM ${live} AS l WHERE l.n % 3 = 0`);
  await db.execute(sql`
    UPDATE assignments a SET deliverables_due_at = q.due_at
    FROM deliverable_requirements q WHERE q.assignment_id = a.id AND a.company_id = ${companyId}`);
}

/**
 * Invited workers' questions (issue 13) on every 4th sent assignment, half of them answered, with the count of open
 * ones on the assignment (`open_question_count`, the question_open label) as postMessage keeps it.
 */
async function addQuestions(db: Parameters<Scenario["registerBaseline"]>[1], companyId: string, workerId: string) {
  await db.execute(sql`
    INSERT INTO messages (assignment_id, company_id, worker_id, kind, side, author_id, body, expects_answer,
      answered_at, response_ms, created_at)
    SELECT id, company_id, ${workerId}::uuid, 'question', 'worker', ${workerId}::uuid, 'Is there parking?', true,
      CASE WHEN n % 8 = 0 THEN created_at + interval '1 hour' END, CASE WHEN n % 8 = 0 THEN 3600000 END, created_at
    FROM (SELECT id, company_id, created_at, row_number() OVER (ORDER BY id) AS n FROM assignments
      WHERE company_id = ${companyId} AND status = 'sent') AS s WHERE n % 4 = 0`);
  await db.execute(sql`
    UPDATE assignments a SET open_question_count = q.n FROM (SELECT assignment_id, count(*) AS n FROM messages
      WHERE kind = 'question' AND answered_at IS NULL GROUP BY assignment_id) q WHERE q.assignment_id = a.id`);
}

/**
 * The client's list with 10 000 assignments in the company, first page filtered by status (with its totals).
 * Benchmark data is bulk-inserted with raw SQL (ARCHITECTURE §7 allows it for benchmarks only).
 */
export const assignmentListScenario: Scenario = {
  name: `GET /api/v1/assignments?status=sent (${LIST_SIZE} in the company)`,
  p99TargetMs: 20,
  pacedRates: [250, 500],
  targetRatio: { PostgreSQL: 0.5 },
  halfCapacityP99Within: 2,
  ...bareAssignment,
  async prepare({ db, appUrl, bareUrl }) {
    const owner = await party(db, appUrl, "client");
    const worker = await party(db, appUrl, "worker");
    await db.execute(sql`
      INSERT INTO assignments (company_id, created_by, title, description, skills, instructions, location_type,
        time_zone, schedule_type, starts_at, ends_at, pricing_type, flat_amount, currency, maximum_spend,
        payment_terms_days, auto_approval_hours, confirmation_hours, cancellation_fee_percent, routing_mode, status,
        assigned_worker_id, created_at, updated_at)
      SELECT ${owner.companyId}, ${owner.id}, 'Bench assignment ' || g, 'Generated for the list benchmark.', '{}', '',
        'remote', 'UTC', 'fixed', now() + g * interval '1 hour', NULL, 'flat', 10000 + g, 'USD', 10000 + g,
        30, 72, 0, 25, 'first_to_accept', s.status::assignment_status,
        CASE WHEN s.status IN ('assigned', 'in_progress', 'submitted', 'approved', 'paid') THEN ${worker.id}::uuid END,
        now() - g * interval '1 minute', now()
      FROM generate_series(1, ${LIST_SIZE}) AS g
      CROSS JOIN LATERAL (SELECT (ARRAY['draft', 'sent', 'declined', 'assigned', 'in_progress', 'submitted',
        'approved', 'paid', 'cancelled', 'void'])[1 + g % 10] AS status) AS s`);
    await addRequestsAndDeliverables(db, owner.companyId ?? "");
    await addQuestions(db, owner.companyId ?? "", worker.id);
    // The per-status counters the actions keep (assignment_totals), filled for the bulk-loaded rows.
    await db.execute(sql`
      INSERT INTO assignment_totals (company_id, status, currency, count, maximum_spend, amount)
      SELECT company_id, status, currency, count(*), sum(maximum_spend + extra_budget),
        sum(CASE WHEN status IN ('approved', 'paid') AND claimed_amount IS NOT NULL THEN claimed_amount
          ELSE maximum_spend + extra_budget END) FROM assignments
      WHERE company_id = ${owner.companyId} GROUP BY company_id, status, currency`);
    // As autovacuum would after a bulk load: fresh statistics and a visibility map for index-only scans.
    await db.execute(sql`VACUUM ANALYZE assignments`);
    await db.execute(sql`VACUUM ANALYZE messages`);
    const [any] = await db.select({ id: assignments.id }).from(assignments).limit(1);
    return {
      target: { url: `${appUrl}/api/v1/assignments?status=sent&limit=25`, headers: { cookie: owner.cookie } },
      baseline: { url: `${bareUrl}/bare/assignments/${any?.id}` },
      companyId: owner.companyId ?? undefined,
    };
  },
};

const steps = ["", "/:id/send", "/:id/accept", "/:id/check-in", "/:id/submit", "/:id/approve"];
const hook = fileURLToPath(new URL("./assignments-flow.cjs", import.meta.url));

/**
 * Whole lifecycles under concurrent clients: each pass creates an assignment, sends it to 20 workers, and takes it
 * through accept, check-in, submit and approve. Every connection loops; the worker accepting is a different one of
 * the pool each pass.
 */
export const assignmentLifecycleScenario: Scenario = {
  name: "assignment lifecycle: create, send to 20, accept, check in, submit, approve (6 requests)",
  requestsPerIteration: steps.length,
  // Issue 10: 5x the 0.0037 measured before, 5x PGlite's 8.0/s, and at most 3 ms of server CPU per request.
  perPgbenchTransaction: 0.02,
  pgliteIterationsPerSecond: 40,
  cpuMsPerRequest: 3,
  // 50 connections at ~300 requests/s need about 1 s for one pass of the six steps each: 3 s so every step is warm.
  warmupSeconds: 3,
  ...bareAssignment,
  async prepare({ db, appUrl, bareUrl }) {
    const owner = await party(db, appUrl, "client");
    const pool = Math.max(20, Number(process.env.BENCH_CONNECTIONS ?? 50));
    const workers: { id: string; cookie: string }[] = [];
    for (let i = 0; i < pool; i++) {
      const { id, cookie } = await party(db, appUrl, "worker");
      workers.push({ id, cookie });
    }
    // The bare route reads one assignment: the owner's first, so the scenario also runs alone (BENCH_SCENARIO).
    const first = await api(appUrl, owner.cookie, "POST", "/assignments", assignmentBody());
    return {
      target: {
        url: `${appUrl}/health`,
        requests: steps.map((step, index) => ({
          method: "POST" as const,
          path: `/api/v1/assignments${step}`,
          setupRequest: hook,
          ...(index === 0 ? { onResponse: hook } : {}),
        })),
        initialContext: { client: owner.cookie, workers, createBody: JSON.stringify(assignmentBody()) },
      },
      baseline: { url: `${bareUrl}/bare/assignments/${String(first.id)}` },
    };
  },
};
