// `npm run bench`: one table, every scenario on PostgreSQL (when reachable) and on PGlite, beside its bare route, with
// the server's CPU and the database's statements per request, pgbench as PostgreSQL's yardstick, and each target.
import { type BenchDatabase, openPglite, openPostgres } from "./lib/databases";
import { type LoadOptions, measurePaced, measurePair, type Target } from "./lib/load";
import { openPgbench, type Pgbench } from "./lib/pgbench";
import { installProfile } from "./lib/profile";
import { printTable, type Row, verdicts } from "./lib/report";
import type { Scenario } from "./lib/scenario";
import { startBare, startWorklane } from "./lib/servers";
import { runStandalone } from "./lib/standalone";
import { assignmentLifecycleScenario, assignmentListScenario } from "./scenarios/assignments";
import { compareCachedState } from "./scenarios/cached-state";
import { meScenario } from "./scenarios/me";
import { measureStartup } from "./scenarios/startup";

process.env.LOG_LEVEL = "silent";
installProfile();

/** Every scenario, in table order; a later issue adds its file in bench/scenarios/ and one entry here. */
const allScenarios: Scenario[] = [meScenario, assignmentListScenario, assignmentLifecycleScenario];
/** `BENCH_SCENARIO=list` runs only the scenarios whose name contains it (case-insensitive); `startup` only start-up. */
const pick = process.env.BENCH_SCENARIO?.toLowerCase();
const scenarios = pick ? allScenarios.filter((s) => s.name.toLowerCase().includes(pick)) : allScenarios;
const startup = !pick || "startup".includes(pick);
const load: LoadOptions = {
  connections: Number(process.env.BENCH_CONNECTIONS ?? 50),
  seconds: Number(process.env.BENCH_SECONDS ?? 5),
  warmupSeconds: Number(process.env.BENCH_WARMUP_SECONDS ?? 1),
  // Three A-B-B-A rounds: on a shared machine one round's ratio swung 0.5–1.6, three rounds' stayed within 0.84–0.97.
  rounds: Number(process.env.BENCH_ROUNDS ?? 3),
};
const postgresUrl = process.env.BENCH_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
/** `BENCH_ONLY=postgres` or `pglite` runs one half, e.g. under `node --cpu-prof`. */
const only = process.env.BENCH_ONLY;

/** Each offered rate on the target, then on the bare route, after the closed-loop cells warmed both up. */
async function measureAllPaced(scenario: Scenario, targets: { target: Target; baseline: Target }, bareRps: number) {
  const rates = [...(scenario.pacedRates ?? [])];
  if (scenario.halfCapacityP99Within) {
    rates.push(Math.max(1, Math.round(bareRps / 2)));
  }
  const paced: Row["paced"] = [];
  for (const rate of rates) {
    const target = await measurePaced(targets.target, rate, load.seconds, load.connections);
    const baseline = await measurePaced(targets.baseline, rate, load.seconds, load.connections);
    paced.push({ target, baseline, halfCapacity: rate === rates.at(-1) && Boolean(scenario.halfCapacityP99Within) });
  }
  return paced;
}

/** One request before the load: a scenario that answers 401 or 404 would measure nothing useful. */
async function expectOk(target: Target): Promise<void> {
  const response = await fetch(target.url, { headers: target.headers });
  if (!response.ok) {
    throw new Error(`${target.url} answered ${response.status}: ${await response.text()}`);
  }
}

/** pgbench just before and just after a write scenario; their mean is the yardstick for that scenario's cell. */
async function pgbenchAround<T>(pgbench: Pgbench | null, cell: () => Promise<T>) {
  if (!pgbench) {
    return { result: await cell(), tps: null };
  }
  const before = await pgbench.measure(load.seconds);
  const result = await cell();
  const after = await pgbench.measure(load.seconds);
  return { result, tps: (before + after) / 2 };
}

async function runOn(bench: BenchDatabase, pgbench: Pgbench | null, notes: string[]): Promise<Row[]> {
  const { db } = bench.database;
  const bare = await startBare((app) => {
    for (const scenario of scenarios) {
      scenario.registerBaseline(app, db);
    }
  });
  const app = await startWorklane(bench.database);
  const rows: Row[] = [];
  try {
    for (const scenario of scenarios) {
      process.stderr.write(`${bench.label}: ${scenario.name} …\n`);
      const targets = await scenario.prepare({ db, appUrl: app.url, bareUrl: bare.url });
      targets.target.served = app.served;
      targets.baseline.served = bare.served;
      targets.target.backendCpu = bench.backendCpu;
      targets.baseline.backendCpu = bench.backendCpu;
      await expectOk(targets.target);
      await expectOk(targets.baseline);
      const yardstick = scenario.perPgbenchTransaction ? pgbench : null;
      const { result: measured, tps } = await pgbenchAround(yardstick, () =>
        measurePair(
          targets.baseline,
          targets.target,
          { ...load, warmupSeconds: Math.max(load.warmupSeconds, scenario.warmupSeconds ?? 0) },
          `${bench.label} ${scenario.name}`,
        ),
      );
      const paced = await measureAllPaced(scenario, targets, measured.a.rps);
      rows.push({ database: bench.label, scenario, target: measured.b, baseline: measured.a, paced, pgbenchTps: tps });
      if (scenario === assignmentListScenario && targets.companyId) {
        notes.push(...(await compareCachedState(db, bench.label, targets.companyId)));
      }
    }
  } finally {
    await app.close();
    await bare.close();
  }
  return rows;
}

/**
 * The benchmarks that build their own PostgreSQL database, each in its own process (bench/lib/standalone.ts):
 * payments and notifications (1 000 SSE streams) run with the rest; ratings builds millions of rows (minutes), so it
 * runs only when named (`BENCH_SCENARIO=ratings`). `BENCH_SCENARIO=payments` runs payments alone.
 */
const standaloneBenches = [
  { label: "payments", file: "bench/payments.ts", database: "worklane_bench_payments", onlyByName: false },
  {
    label: "notifications",
    file: "bench/notifications.ts",
    database: "worklane_bench_notifications",
    onlyByName: false,
  },
  { label: "ratings", file: "bench/ratings.ts", database: "worklane_bench_ratings", onlyByName: true },
  { label: "webhooks", file: "bench/webhooks.ts", database: "worklane_bench_webhooks", onlyByName: false },
  // 1 000 000 workers (issue 12): minutes to build, so only when named (`BENCH_SCENARIO=matching`).
  { label: "matching", file: "bench/matching.ts", database: "worklane_bench_matching", onlyByName: true },
];
async function standalone(): Promise<string[]> {
  const notes: string[] = [];
  for (const bench of only === "pglite" ? [] : standaloneBenches) {
    if (pick ? bench.label.includes(pick) : !bench.onlyByName) {
      const env = { BENCH_POSTGRES_URL: postgresUrl, BENCH_DATABASE: bench.database };
      notes.push(...(await runStandalone(bench.label, bench.file, env)));
    }
  }
  return notes;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  if (startup) {
    notes.push(...(await measureStartup(only === "pglite" ? null : postgresUrl)));
  }
  if (scenarios.length === 0) {
    notes.push(...(await standalone()));
    printTable(rows, load, notes, false);
    process.exitCode = notes.some((line) => line.startsWith("!")) ? 1 : 0;
    return;
  }
  const postgres = only === "pglite" ? { skipped: "BENCH_ONLY=pglite" } : await openPostgres(postgresUrl);
  if ("skipped" in postgres) {
    notes.push(`PostgreSQL rows skipped: ${postgres.skipped} (${postgresUrl})`);
  } else {
    const pgbench = await openPgbench(postgresUrl);
    if ("skipped" in pgbench) {
      notes.push(`pgbench skipped: ${pgbench.skipped}`);
    } else {
      notes.push(`yardstick: ${pgbench.label}, ${load.seconds} s just before and after each write scenario`);
    }
    try {
      rows.push(...(await runOn(postgres, "skipped" in pgbench ? null : pgbench, notes)));
    } finally {
      await postgres.dispose();
      if (!("skipped" in pgbench)) {
        await pgbench.dispose();
      }
    }
  }
  if (only !== "postgres") {
    const pglite = await openPglite();
    try {
      rows.push(...(await runOn(pglite, null, notes)));
    } finally {
      await pglite.dispose();
    }
  }
  notes.push(...(await standalone()));
  const checks = verdicts(rows);
  printTable(rows, load, [...notes, ...checks], process.env.BENCH_PROFILE === "1");
  if ([...notes, ...checks].some((line) => line.startsWith("!"))) {
    process.exitCode = 1;
  }
}

await main();
