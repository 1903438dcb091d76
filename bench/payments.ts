/**
 * Issue 11's payments benchmark, on PostgreSQL (`npx tsx bench/payments.ts`; BENCH_POSTGRES_URL as bench/run.ts):
 *   1. ledger transfers per second through `postTransfer` (balanced, keyed, row-locked: a pay-shaped transfer of
 *      five postings, one of them the platform's hot fee account), 10 concurrent clients, beside pgbench tpcb-like;
 *   2. auto-pay of 10 000 due invoices (the job's own step, in its batches), with a read query's p99 measured beside.
 * Run it with its own BENCH_DATABASE (e.g. worklane_bench_payments) so it never drops another run's database.
 * Bulk data is raw SQL (one assignment made through the action, cloned), as the house rules allow for benchmarks.
 */
import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { createAccount } from "#domains/accounts/index";
import { createCtx } from "#platform/context";
import { createLogger } from "#platform/log";
import { createAssignment } from "../src/domains/assignments/actions/create";
import { AUTO_PAY_BATCH } from "../src/domains/payments/jobs";
import { companyAccount, platformAccount, workerAccount } from "../src/domains/payments/ledger";
import { postTransfer } from "../src/domains/payments/ledger-steps";
import { listInvoices } from "../src/domains/payments/queries/list-invoices";
import { autoPayDue } from "../src/domains/payments/steps";
import { openPostgres } from "./lib/databases";
import { openPgbench } from "./lib/pgbench";
import { assignmentBody } from "./payments-body";

const url = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CLIENTS = 10;
const INVOICES = Number(process.env.BENCH_INVOICES ?? 10_000);
const OTHER_ACCOUNTS = 100_000;

if (!process.env.BENCH_DATABASE) {
  throw new Error("Set BENCH_DATABASE to a scratch database name of your own (it is dropped and created).");
}
const opened = await openPostgres(url);
if ("skipped" in opened) {
  throw new Error(`PostgreSQL ${opened.skipped}`);
}
const { db } = opened.database;
const log = createLogger("silent");
const ctx = (actor = { kind: "system" } as const) => createCtx({ db, log, actor });

async function transfersPerSecond(): Promise<number> {
  const companies = Array.from({ length: 100 }, () => randomUUID());
  const workers = Array.from({ length: 100 }, () => randomUUID());
  for (const id of companies) {
    await db.transaction((tx) =>
      postTransfer(tx, ctx(), {
        key: `bench-fund:${id}`,
        reason: "bench.fund",
        subject: { type: "company", id },
        postings: [
          { account: platformAccount("external", "USD"), amount: -1e12 },
          { account: companyAccount(id, "available", "USD"), amount: 1e12 },
        ],
      }),
    );
  }
  for (const id of workers) {
    await db.transaction((tx) =>
      postTransfer(tx, ctx(), {
        key: `bench-earn:${id}`,
        reason: "bench.earn",
        subject: { type: "worker", id },
        postings: [
          { account: platformAccount("external", "USD"), amount: -1e12 },
          { account: workerAccount(id, "pending", "USD"), amount: 1e12 },
        ],
      }),
    );
  }
  // A ledger of a real size: 100 000 other accounts, so a transfer that found its accounts by scanning them all (as
  // ledger_post did before migration 0033) shows here, not only in production.
  await db.execute(sql`INSERT INTO ledger_accounts (owner_type, owner_id, kind, currency, may_go_negative, created_at)
    SELECT 'worker', gen_random_uuid(), 'available', 'USD', false, now() FROM generate_series(1, ${OTHER_ACCOUNTS})`);
  await db.execute(sql`ANALYZE ledger_accounts`);
  let done = 0;
  const until = Date.now() + SECONDS * 1000;
  const client = async () => {
    while (Date.now() < until) {
      const company = companies[Math.floor(Math.random() * companies.length)] as string;
      const worker = workers[Math.floor(Math.random() * workers.length)] as string;
      const id = randomUUID();
      await db.transaction((tx) =>
        postTransfer(tx, ctx(), {
          key: `bench-pay:${id}`,
          reason: "bench.pay",
          subject: { type: "invoice", id },
          postings: [
            { account: companyAccount(company, "available", "USD"), amount: -110 },
            { account: companyAccount(company, "payable", "USD"), amount: 100 },
            { account: workerAccount(worker, "pending", "USD"), amount: -100 },
            { account: workerAccount(worker, "available", "USD"), amount: 100 },
            { account: platformAccount("fee_revenue", "USD"), amount: 10 },
          ],
        }),
      );
      done += 1;
    }
  };
  const started = Date.now();
  await Promise.all(Array.from({ length: CLIENTS }, client));
  return done / ((Date.now() - started) / 1000);
}

/** One approved assignment made through the actions, then cloned: 10 000 open invoices due yesterday. */
async function dueInvoices() {
  const made = await db.transaction((tx) =>
    createAccount(tx, ctx(), {
      email: `bench-${randomUUID()}@example.com`,
      name: "Bench Client",
      accountType: "client",
      passwordHash: "x",
      company: { name: "Bench Co" },
    }),
  );
  const worker = await db.transaction((tx) =>
    createAccount(tx, ctx(), {
      email: `bench-${randomUUID()}@example.com`,
      name: "Bench Worker",
      accountType: "worker",
      passwordHash: "x",
    }),
  );
  if (!made?.companyId || !worker) {
    throw new Error("bench accounts not created");
  }
  const actor = {
    kind: "user",
    userId: made.userId,
    accountType: "client",
    companyId: made.companyId,
    companyRole: "admin",
    staffRole: null,
    sessionId: null,
    apiKeyId: null,
  } as const;
  const first = await createAssignment(createCtx({ db, log, actor }), assignmentBody());
  const columns = await db.execute(
    sql`SELECT string_agg(quote_ident(column_name), ', ') AS list FROM information_schema.columns WHERE table_name = 'assignments' AND column_name <> 'id'`,
  );
  const list = sql.raw(String((columns as { rows: { list: string }[] }).rows[0]?.list));
  await db.execute(
    sql`INSERT INTO assignments (${list}) SELECT ${list} FROM assignments, generate_series(2, ${INVOICES}) WHERE id = ${first.id}`,
  );
  await db.execute(
    sql`UPDATE assignments SET status = 'approved', assigned_worker_id = ${worker.userId}, claimed_amount = 10000, approved_at = now() - interval '31 days' WHERE company_id = ${made.companyId}`,
  );
  await db.execute(sql`INSERT INTO invoices (kind, status, company_id, worker_id, assignment_id, currency, amount, fee, fee_basis_points, total, payment_terms_days, issued_at, due_at)
    SELECT 'assignment', 'open', company_id, assigned_worker_id, id, 'USD', 10000, 1000, 1000, 11000, 30, approved_at, approved_at + interval '30 days' FROM assignments WHERE company_id = ${made.companyId}`);
  // The opening and the funding as two bulk transfers, so the pays below find the pending earnings and the money.
  await db.transaction((tx) =>
    postTransfer(tx, ctx(), {
      key: `bench-open:${made.companyId}`,
      reason: "bench.open",
      subject: { type: "company", id: made.companyId as string },
      postings: [
        { account: companyAccount(made.companyId as string, "payable", "USD"), amount: -10000 * INVOICES },
        { account: workerAccount(worker.userId, "pending", "USD"), amount: 10000 * INVOICES },
        { account: platformAccount("external", "USD"), amount: -11000 * INVOICES },
        { account: companyAccount(made.companyId as string, "available", "USD"), amount: 11000 * INVOICES },
      ],
    }),
  );
  return createCtx({ db, log, actor });
}

async function autoPay() {
  const reader = await dueInvoices();
  const latencies: number[] = [];
  let running = true;
  const readLoop = async () => {
    while (running) {
      const t0 = performance.now();
      await listInvoices(reader, { limit: 25, status: "paid" });
      latencies.push(performance.now() - t0);
    }
  };
  const reads = readLoop();
  const started = performance.now();
  let paid = 0;
  for (;;) {
    const batch = await db.transaction((tx) => autoPayDue(tx, ctx(), AUTO_PAY_BATCH));
    paid += batch.paid;
    if (batch.paid === 0) {
      break;
    }
  }
  const seconds = (performance.now() - started) / 1000;
  running = false;
  await reads;
  latencies.sort((a, b) => a - b);
  const p99 = latencies[Math.floor(latencies.length * 0.99)] ?? 0;
  return { paid, seconds, p99, reads: latencies.length };
}

const tps = await transfersPerSecond();
const pgbench = await openPgbench(url);
const pgTps = "skipped" in pgbench ? null : await pgbench.measure(SECONDS);
const pay = await autoPay();
const lines = [
  `ledger transfers/s (postTransfer, pay-shaped, ${CLIENTS} clients, ${SECONDS}s, ${OTHER_ACCOUNTS} other accounts): ${tps.toFixed(0)}`,
  pgTps === null
    ? "pgbench: skipped"
    : `pgbench tpcb-like tps: ${pgTps.toFixed(0)}; ratio ${(tps / pgTps).toFixed(2)} (target >= 0.5)`,
  `auto-pay: ${pay.paid} invoices in ${pay.seconds.toFixed(1)} s = ${(pay.paid / pay.seconds).toFixed(0)} invoices/s (batches of ${AUTO_PAY_BATCH})`,
  `read beside it (list 25 invoices): p99 ${pay.p99.toFixed(1)} ms over ${pay.reads} reads`,
];
process.stdout.write(`${lines.join("\n")}\n`);
if (!("skipped" in pgbench)) {
  await pgbench.dispose();
}
await opened.dispose();
