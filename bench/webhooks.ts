/**
 * Issue 13's webhook fan-out benchmark, on PostgreSQL (`BENCH_SCENARIO=webhooks npm run bench`, or
 * `BENCH_DATABASE=worklane_bench_webhooks npx tsx bench/webhooks.ts`; BENCH_POSTGRES_URL as bench/run.ts).
 * BENCH_WEBHOOK_EVENTS events (10 000) of one company with BENCH_WEBHOOK_ENDPOINTS endpoints (10) on a local
 * receiver, every event wanted by every endpoint: deliveries per second and the p50/p99 from the event's commit to
 * its arrival at the receiver, while a read route (GET /webhooks/{id}/deliveries, through HTTP with app.inject)
 * keeps being measured beside it; its p99 alone first, then under the fan-out.
 * Events go through the real path: `recordEvent` in a transaction, the webhooks event hook (company, endpoints,
 * the assignment's snapshot, one delivery and one job per endpoint), the job queue (BENCH_JOB_LOOPS loops of this
 * process, as several server processes would share it), the signed HTTP request and the outcome's transaction.
 * Producers write events as fast as they can (BENCH_PRODUCERS at once), so the latency includes the backlog.
 */
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { sql } from "drizzle-orm";
import { Webhook } from "standardwebhooks";
import { createAccount } from "#domains/accounts/index";
import { type Actor, createCtx } from "#platform/context";
import { hashPassword } from "#platform/crypto";
import { recordEvent } from "#platform/history";
import { startJobLoop } from "#platform/jobs";
import { createLogger } from "#platform/log";
import { buildApp } from "../src/app";
import { createAssignment } from "../src/domains/assignments/actions/create";
import { createWebhook } from "../src/domains/notifications/webhooks/actions/create";
import { sender } from "../src/domains/notifications/webhooks/sender-steps";
import { openPostgres } from "./lib/databases";
import { assignmentBody } from "./payments-body";

const url = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const EVENTS = Number(process.env.BENCH_WEBHOOK_EVENTS ?? 10_000);
const ENDPOINTS = Number(process.env.BENCH_WEBHOOK_ENDPOINTS ?? 10);
const PRODUCERS = Number(process.env.BENCH_PRODUCERS ?? 4);
const JOB_LOOPS = Number(process.env.BENCH_JOB_LOOPS ?? 4);
const PASSWORD = "bench password, long enough";

if (!process.env.BENCH_DATABASE) {
  throw new Error("Set BENCH_DATABASE (e.g. worklane_bench_webhooks): it is dropped and created.");
}
process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
const opened = await openPostgres(url);
if ("skipped" in opened) {
  throw new Error(`PostgreSQL ${opened.skipped}`);
}
const { database } = opened;
const { db } = database;
const log = createLogger("silent");

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

// The receiver: answers 204 at once, notes when each event arrived (first time per webhook-id) and verifies every
// 50th signature with the Standard Webhooks library (all of them would measure the receiver's CPU, not ours).
const committedAt = new Map<string, number>();
const latencies: number[] = [];
const seen = new Set<string>();
let secret = "";
let verified = 0;
let refused = 0;
const receiver = createServer((request, response) => {
  const chunks: Buffer[] = [];
  request.on("data", (chunk: Buffer) => chunks.push(chunk));
  request.on("end", () => {
    const body = Buffer.concat(chunks).toString("utf8");
    const id = String(request.headers["webhook-id"]);
    if (!seen.has(id)) {
      seen.add(id);
      const eventId = (JSON.parse(body) as { data: { eventId: string } }).data.eventId;
      latencies.push(performance.now() - (committedAt.get(eventId) ?? performance.now()));
      if (seen.size % 50 === 0) {
        try {
          new Webhook(secret).verify(body, request.headers as Record<string, string>);
          verified += 1;
        } catch {
          refused += 1;
        }
      }
    }
    response.writeHead(204).end();
  });
});
await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
const target = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;

const { app, runner } = await buildApp({ database, log, publicUrl: "http://localhost:3000" });
await app.ready();
const email = `bench-${Date.now()}@example.com`;
const account = await db.transaction(async (tx) =>
  createAccount(tx, createCtx({ db, log }), {
    email,
    name: "Bench Admin",
    accountType: "client",
    passwordHash: await hashPassword(PASSWORD),
    company: { name: "Bench Hooks" },
  }),
);
if (!account?.companyId) {
  throw new Error("bench account not created");
}
const admin: Actor = {
  kind: "user",
  userId: account.userId,
  accountType: "client",
  companyId: account.companyId,
  companyRole: "admin",
  staffRole: null,
  sessionId: null,
  apiKeyId: null,
};
const adminCtx = () => createCtx({ db, log, actor: admin });
const assignment = await createAssignment(adminCtx(), assignmentBody());
const endpointIds: string[] = [];
for (let i = 0; i < ENDPOINTS; i++) {
  const created = await createWebhook(adminCtx(), {
    url: `${target}?endpoint=${i}`,
    eventTypes: ["assignment.updated"],
    description: null,
  });
  endpointIds.push(created.webhook.id);
  // One secret is enough for the sampled checks: all endpoints get the first one's.
  secret ||= created.secret;
}
await db.execute(sql`UPDATE webhook_endpoints SET secret = ${secret} WHERE company_id = ${account.companyId}`);
const login = await app.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } });
const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join("; ");
const readUrl = `/api/v1/webhooks/${endpointIds[0]}/deliveries?limit=25`;

async function readP99(untilDone: () => boolean, minimum: number): Promise<number[]> {
  const samples: number[] = [];
  while (samples.length < minimum || !untilDone()) {
    const t0 = performance.now();
    const answer = await app.inject({ method: "GET", url: readUrl, headers: { cookie } });
    if (answer.statusCode !== 200) {
      throw new Error(`read route answered ${answer.statusCode}`);
    }
    samples.push(performance.now() - t0);
  }
  return samples;
}

const idle = await readP99(() => true, 300);

const stops = Array.from({ length: JOB_LOOPS }, () => startJobLoop(runner, 50));
const expected = EVENTS * ENDPOINTS;
const started = performance.now();
let produced = 0;
const producer = async () => {
  while (produced < EVENTS) {
    produced += 1;
    const ctx = adminCtx();
    const eventId = await db.transaction((tx) =>
      recordEvent(tx, ctx, {
        action: "assignment.updated",
        subject: { type: "assignment", id: assignment.id },
        data: { bench: produced },
      }),
    );
    committedAt.set(eventId, performance.now());
  }
};
const producing = Promise.all(Array.from({ length: PRODUCERS }, producer));
const busy = readP99(() => seen.size >= expected, 300);
await producing;
const producedIn = (performance.now() - started) / 1000;
while (seen.size < expected) {
  await new Promise((resolve) => setTimeout(resolve, 50));
}
const deliveredIn = (performance.now() - started) / 1000;
const underLoad = await busy;
for (const stop of stops) {
  await stop();
}
await sender.settled();

const ms = (n: number) => `${n.toFixed(1)} ms`;
console.log(
  `${EVENTS} events × ${ENDPOINTS} endpoints = ${expected} deliveries in ${deliveredIn.toFixed(1)} s: ` +
    `${(expected / deliveredIn).toFixed(0)} deliveries/s (events written in ${producedIn.toFixed(1)} s, ` +
    `${(EVENTS / producedIn).toFixed(0)} events/s by ${PRODUCERS} producers; ${JOB_LOOPS} job loops)`,
);
console.log(
  `event commit → arrival: p50 ${ms(percentile(latencies, 0.5))}, p99 ${ms(percentile(latencies, 0.99))}, ` +
    `max ${ms(percentile(latencies, 1))}; signatures verified ${verified}, refused ${refused}`,
);
console.log(
  `read route GET /webhooks/{id}/deliveries: p99 ${ms(percentile(idle, 0.99))} idle (${idle.length} reads), ` +
    `${ms(percentile(underLoad, 0.99))} during the fan-out (${underLoad.length} reads); ` +
    `p50 ${ms(percentile(idle, 0.5))} → ${ms(percentile(underLoad, 0.5))}`,
);
await app.close();
receiver.close();
await opened.dispose();
