// `npm run bench`: one table, every scenario on PostgreSQL (when reachable) and on PGlite, beside its bare route.
import { type BenchDatabase, openPglite, openPostgres } from "./lib/databases";
import {
  type LoadOptions,
  type LoadResult,
  measurePaced,
  measurePair,
  type PacedResult,
  type Target,
} from "./lib/load";
import type { Scenario } from "./lib/scenario";
import { startBare, startWorklane } from "./lib/servers";
import { assignmentLifecycleScenario, assignmentListScenario } from "./scenarios/assignments";
import { meScenario } from "./scenarios/me";

process.env.LOG_LEVEL = "silent";

/** Every scenario, in table order; a later issue adds its file in bench/scenarios/ and one entry here. */
const allScenarios: Scenario[] = [meScenario, assignmentListScenario, assignmentLifecycleScenario];
/** `BENCH_SCENARIO=list` runs only the scenarios whose name contains it (case-insensitive). */
const pick = process.env.BENCH_SCENARIO?.toLowerCase();
const scenarios = pick ? allScenarios.filter((s) => s.name.toLowerCase().includes(pick)) : allScenarios;
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

interface Row {
  database: BenchDatabase["label"];
  scenario: Scenario;
  target: LoadResult;
  baseline: LoadResult;
  paced: { target: PacedResult; baseline: PacedResult }[];
}

/** Each offered rate on the target, then on the bare route, after the closed-loop cells warmed both up. */
async function measureAllPaced(scenario: Scenario, targets: { target: Target; baseline: Target }) {
  const paced: Row["paced"] = [];
  for (const rate of scenario.pacedRates ?? []) {
    const target = await measurePaced(targets.target, rate, load.seconds, load.connections);
    const baseline = await measurePaced(targets.baseline, rate, load.seconds, load.connections);
    paced.push({ target, baseline });
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

async function runOn(bench: BenchDatabase): Promise<Row[]> {
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
      await expectOk(targets.target);
      await expectOk(targets.baseline);
      const measured = await measurePair(targets.baseline, targets.target, load);
      const paced = await measureAllPaced(scenario, targets);
      rows.push({ database: bench.label, scenario, target: measured.b, baseline: measured.a, paced });
    }
  } finally {
    await app.close();
    await bare.close();
  }
  return rows;
}

function printTable(rows: Row[], notes: string[]): void {
  const header = ["database", "route", "req/s", "p99 ms", "ratio"];
  const lines: string[][] = [];
  for (const row of rows) {
    const ratio = row.target.rps / row.baseline.rps;
    lines.push([
      row.database,
      row.scenario.name,
      row.scenario.requestsPerIteration
        ? `${row.target.rps.toFixed(0)} (${(row.target.rps / row.scenario.requestsPerIteration).toFixed(1)}/s whole)`
        : row.target.rps.toFixed(0),
      String(row.target.p99Ms),
      ratio.toFixed(2),
    ]);
    lines.push(["", row.scenario.baseline, row.baseline.rps.toFixed(0), String(row.baseline.p99Ms), ""]);
    for (const { target, baseline } of row.paced) {
      const offered = `${target.rate} offered`;
      lines.push([row.database, `${row.scenario.name}, open loop`, offered, String(target.p99Ms), ""]);
      lines.push(["", `${row.scenario.baseline}, open loop`, offered, String(baseline.p99Ms), ""]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ");
  const out = [
    `${load.connections} connections; per cell ${load.warmupSeconds} s warm-up, then ${load.seconds} s measured in ` +
      "A-B-B-A slices; p99 = worst slice; ratio = route req/s / bare req/s; open loop = requests started on a fixed " +
      "schedule at the offered rate over the same connections, latency counted from the scheduled start",
    format(header),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...lines.map(format),
    ...notes,
  ];
  process.stdout.write(`\n${out.join("\n")}\n`);
}

function verdicts(rows: Row[]): string[] {
  const notes: string[] = [];
  for (const row of rows) {
    const pacedFailures = row.paced.reduce((sum, p) => sum + p.target.failures + p.baseline.failures, 0);
    if (row.target.failures + row.baseline.failures + pacedFailures > 0) {
      notes.push(
        `! ${row.database} ${row.scenario.name}: ${row.target.failures + row.baseline.failures + pacedFailures} failed requests`,
      );
    }
    if (row.database === "PostgreSQL" && row.scenario.targetRatio) {
      const ratio = row.target.rps / row.baseline.rps;
      const met = ratio >= row.scenario.targetRatio ? "met" : "NOT met";
      notes.push(`target ${row.scenario.name} >= ${row.scenario.targetRatio} x bare on PostgreSQL: ${met}`);
    }
    if (row.database === "PostgreSQL" && row.scenario.p99TargetMs) {
      const target = row.scenario.p99TargetMs;
      const met = (p99: number) => (p99 < target ? "met" : "NOT met");
      notes.push(
        `target ${row.scenario.name} p99 < ${target} ms on PostgreSQL, closed loop at saturation: ` +
          `${met(row.target.p99Ms)} (bare route: ${met(row.baseline.p99Ms)})`,
      );
      for (const { target: paced } of row.paced) {
        notes.push(`  open loop at ${paced.rate} req/s offered: ${met(paced.p99Ms)} (p50 ${paced.p50Ms} ms)`);
      }
    }
  }
  return notes;
}

async function main(): Promise<void> {
  const rows: Row[] = [];
  const notes: string[] = [];
  const postgres = only === "pglite" ? { skipped: "BENCH_ONLY=pglite" } : await openPostgres(postgresUrl);
  if ("skipped" in postgres) {
    notes.push(`PostgreSQL rows skipped: ${postgres.skipped} (${postgresUrl})`);
  } else {
    try {
      rows.push(...(await runOn(postgres)));
    } finally {
      await postgres.dispose();
    }
  }
  if (only !== "postgres") {
    const pglite = await openPglite();
    try {
      rows.push(...(await runOn(pglite)));
    } finally {
      await pglite.dispose();
    }
  }
  const checks = verdicts(rows);
  printTable(rows, [...notes, ...checks]);
  if (checks.some((line) => line.startsWith("!"))) {
    process.exitCode = 1;
  }
}

await main();
