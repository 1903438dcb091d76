/**
 * Issue 13's notifications benchmark, on PostgreSQL (`npx tsx bench/notifications.ts`; BENCH_POSTGRES_URL and
 * BENCH_DATABASE as bench/payments.ts). One server process (this one, the real app) holds 1 000 open
 * GET /notifications/stream connections, one per signed-in worker, opened by a client process
 * (lib/sse-clients.cjs) so the browsers' sockets do not count in the server's memory. Measured:
 *   1. memory per connection: this process's RSS and V8 heap after a full GC, before and after the 1 000 opened;
 *   2. the time from an action's commit to the SSE `notification` event in the connected client: a transaction that
 *      ends with `notify()` (what every action does last) commits, then the clock runs until the client process
 *      reads the event off its socket (both clocks are the machine's wall clock at sub-millisecond resolution).
 *      One event at a time, then a paced load of concurrent commits.
 * The 1 000 accounts are one signed up through the API and cloned in SQL, with sessions inserted as log-in writes
 * them (bulk data in SQL, as the house rules allow for benchmarks).
 */
import { fork } from "node:child_process";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import v8 from "node:v8";
import { runInNewContext } from "node:vm";
import { sql } from "drizzle-orm";
import { sessions } from "#domains/accounts/tables";
import { notify } from "#domains/notifications/index";
import { newToken, sha256 } from "#platform/crypto";
import { openPostgres } from "./lib/databases";
import { startWorklane } from "./lib/servers";
import { signUpParty } from "./lib/sign-up";

const url = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const CONNECTIONS = Number(process.env.BENCH_SSE_CONNECTIONS ?? 1_000);
const ONE_BY_ONE = Number(process.env.BENCH_SSE_EVENTS ?? 300);
const PACED = { perSecond: 100, seconds: 5 };

if (!process.env.BENCH_DATABASE) {
  throw new Error("Set BENCH_DATABASE to a scratch database name of your own (it is dropped and created).");
}
v8.setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const now = () => performance.timeOrigin + performance.now();
const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function memory() {
  gc();
  gc();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

function percentiles(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
  return `p50 ${at(0.5).toFixed(1)} ms, p99 ${at(0.99).toFixed(1)} ms, max ${(sorted.at(-1) ?? Number.NaN).toFixed(1)} ms`;
}

const opened = await openPostgres(url);
if ("skipped" in opened) {
  throw new Error(`PostgreSQL ${opened.skipped}`);
}
const { db } = opened.database;
const server = await startWorklane(opened.database);

/** The readers: one worker through the API, the rest cloned from it, each with a live session token. */
async function readers(): Promise<{ userId: string; token: string }[]> {
  const template = await signUpParty(db, server.url, {
    email: "reader-0@bench.example",
    password: "correct horse battery staple",
    name: "Reader 0",
    accountType: "worker",
  });
  const cloned = await db.execute(sql`
    INSERT INTO users (email, name, account_type, password_hash, created_at, email_verified_at)
    SELECT 'reader-' || g || '@bench.example', 'Reader ' || g, account_type, password_hash, now(), now()
    FROM users, generate_series(1, ${CONNECTIONS - 1}) g WHERE id = ${template.me.id}
    RETURNING id`);
  const ids = [template.me.id, ...(cloned as unknown as { rows: { id: string }[] }).rows.map((r) => r.id)];
  const people = ids.map((userId) => ({ userId, token: newToken() }));
  const expiresAt = new Date(Date.now() + 86_400_000);
  await db
    .insert(sessions)
    .values(people.map((p) => ({ userId: p.userId, tokenHash: sha256(p.token), createdAt: new Date(), expiresAt })));
  return people;
}

const people = await readers();
// Warm the route (its code, the prepared session statement) so the difference below is the connections' own state.
await (
  await fetch(`${server.url}/api/v1/notifications/stream?maxSeconds=0`, {
    headers: { cookie: `wl_session=${people[0]?.token}` },
  })
).text();
const before = memory();

type FromClients = { ready: number } | { id: string; title: string; at: number } | { failed: string };
const clients = fork(new URL("./lib/sse-clients.cjs", import.meta.url), { stdio: "inherit" });
const arrivals = new Map<string, (at: number) => void>();
const ready = new Promise<number>((resolve, reject) => {
  clients.on("message", (message: FromClients) => {
    if ("ready" in message) {
      resolve(message.ready);
    } else if ("failed" in message) {
      reject(new Error(message.failed));
    } else {
      arrivals.get(message.title)?.(message.at);
    }
  });
});
clients.send({ url: server.url, tokens: people.map((p) => p.token) });
const openedStreams = await ready;
await sleep(2_000);
const after = memory();
const rssPer = (after.rss - before.rss) / openedStreams;
const heapPer = (after.heapUsed - before.heapUsed) / openedStreams;

/** Commits one notification for one reader; resolves with the ms from the commit to the client reading it. */
async function commitToEvent(title: string): Promise<number | null> {
  const person = people[Math.floor(Math.random() * people.length)];
  const arrived = new Promise<number>((resolve) => arrivals.set(title, resolve));
  await db.transaction((tx) =>
    notify(
      tx,
      { now: new Date() },
      {
        userIds: [person?.userId ?? ""],
        type: "message.received",
        title,
        text: "Benchmark message",
        link: "/notifications",
      },
    ),
  );
  const committed = now();
  const timeout = sleep(10_000).then(() => null);
  const at = await Promise.race([arrived, timeout]);
  arrivals.delete(title);
  return at === null ? null : at - committed;
}

const single: number[] = [];
let lost = 0;
for (let i = 0; i < ONE_BY_ONE; i++) {
  const ms = await commitToEvent(`one-${i}`);
  ms === null ? lost++ : single.push(ms);
}
const paced: Promise<number | null>[] = [];
for (let i = 0; i < PACED.perSecond * PACED.seconds; i++) {
  paced.push(commitToEvent(`paced-${i}`));
  await sleep(1_000 / PACED.perSecond);
}
const pacedMs = (await Promise.all(paced)).filter((ms): ms is number => ms !== null);
lost += PACED.perSecond * PACED.seconds - pacedMs.length;

process.stdout.write(
  `${[
    `${openedStreams} open SSE connections on one process: RSS ${mb(before.rss)} → ${mb(after.rss)} MB ` +
      `(${kb(rssPer)} KB per connection), V8 heap ${mb(before.heapUsed)} → ${mb(after.heapUsed)} MB (${kb(heapPer)} KB per connection)`,
    `commit → SSE event in the client, one at a time (${single.length}): ${percentiles(single)}`,
    `commit → SSE event at ${PACED.perSecond} commits/s for ${PACED.seconds} s (${pacedMs.length}): ${percentiles(pacedMs)}`,
    `events lost (not read within 10 s): ${lost}`,
  ].join("\n")}\n`,
);
// A lost event fails the run (bench/lib/standalone.ts turns the exit code into a "!" note).
process.exitCode = lost === 0 ? 0 : 1;
clients.disconnect();
await server.close();
await opened.dispose();
