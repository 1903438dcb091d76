// The bench's table, its targets (each printed met / NOT met) and, with BENCH_PROFILE=1, where each scenario's
// database time went.
import type { BenchDatabase } from "./databases";
import type { LoadOptions, LoadResult, PacedResult } from "./load";
import type { Scenario } from "./scenario";

export interface Row {
  database: BenchDatabase["label"];
  scenario: Scenario;
  target: LoadResult;
  baseline: LoadResult;
  paced: { target: PacedResult; baseline: PacedResult; halfCapacity: boolean }[];
  /** pgbench tpcb-like transactions per second around this cell (PostgreSQL write scenarios). */
  pgbenchTps: number | null;
}

const fixed = (value: number, digits = 1) => value.toFixed(digits);

function rateCell(row: Row): string {
  const whole = row.scenario.requestsPerIteration;
  return whole ? `${row.target.rps.toFixed(0)} (${fixed(row.target.rps / whole)}/s whole)` : row.target.rps.toFixed(0);
}

/** CPU ms (ours, then PostgreSQL's), SQL statements and database ms per request: where a request's time goes. */
const costCells = (result: LoadResult) => [
  fixed(result.cpuMsPerRequest, 2),
  result.postgresCpuMsPerRequest === null ? "" : fixed(result.postgresCpuMsPerRequest, 2),
  fixed(result.statementsPerRequest),
  fixed(result.databaseMsPerRequest, 2),
];

export function printTable(rows: Row[], load: LoadOptions, notes: string[], profile: boolean): void {
  const header = [
    "database",
    "route",
    "req/s",
    "p99 ms",
    "ratio",
    "CPU ms/req",
    "PG CPU ms/req",
    "SQL/req",
    "DB ms/req",
  ];
  const lines: string[][] = [];
  for (const row of rows) {
    lines.push([
      row.database,
      row.scenario.name,
      rateCell(row),
      String(row.target.p99Ms),
      fixed(row.target.rps / row.baseline.rps, 2),
      ...costCells(row.target),
    ]);
    lines.push([
      "",
      row.scenario.baseline,
      row.baseline.rps.toFixed(0),
      String(row.baseline.p99Ms),
      "",
      ...costCells(row.baseline),
    ]);
    if (row.pgbenchTps !== null) {
      lines.push([
        "",
        "pgbench tpcb-like (yardstick, same run)",
        `${row.pgbenchTps.toFixed(0)} tps`,
        "",
        "",
        "",
        "",
        "",
        "",
      ]);
    }
    for (const { target, baseline } of row.paced) {
      const offered = `${target.rate} offered`;
      lines.push([row.database, `${row.scenario.name}, open loop`, offered, String(target.p99Ms), "", "", "", "", ""]);
      lines.push(["", `${row.scenario.baseline}, open loop`, offered, String(baseline.p99Ms), "", "", "", "", ""]);
    }
  }
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => (l[i] ?? "").length)));
  const format = (cells: string[]) =>
    cells.map((c, i) => (i >= 2 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join(" | ");
  const out = [
    `${load.connections} connections; per cell ${load.warmupSeconds} s warm-up (more where a scenario asks), then ${load.seconds} s measured in ` +
      "A-B-B-A slices; p99 = worst slice; ratio = route req/s / bare req/s; open loop = requests started on a fixed " +
      "schedule at the offered rate over the same connections, latency counted from the scheduled start. CPU ms/req = " +
      "the server process's CPU time per request (PGlite runs inside it, so its rows include the database); PG CPU " +
      "ms/req = PostgreSQL's server processes' CPU time per request (from /proc, PostgreSQL rows only); SQL/req " +
      "and DB ms/req = statements sent per request and their time until answered, timed at the driver",
    format(header),
    widths.map((w) => "-".repeat(w)).join("-|-"),
    ...lines.map(format),
    ...notes,
  ];
  if (profile) {
    out.push(...rows.flatMap(profileLines));
  }
  process.stdout.write(`\n${out.join("\n")}\n`);
}

/** BENCH_PROFILE=1: the ten statements with the most database time in each target cell. */
function profileLines(row: Row): string[] {
  const requests = row.target.requests || 1;
  return [
    "",
    `${row.database}: ${row.scenario.name}: top statements by time (calls/req, ms/call, ms/req)`,
    ...row.target.topStatements.map(
      ([text, stats]) =>
        `  ${fixed(stats.calls / requests, 2).padStart(6)} ${fixed(stats.totalMs / stats.calls, 3).padStart(8)} ` +
        `${fixed(stats.totalMs / requests, 3).padStart(8)}  ${text.slice(0, 220)}`,
    ),
  ];
}

const met = (ok: boolean) => (ok ? "met" : "NOT met");

function failures(row: Row): string[] {
  const paced = row.paced.reduce((sum, p) => sum + p.target.failures + p.baseline.failures, 0);
  const total = row.target.failures + row.baseline.failures + paced;
  return total > 0 ? [`! ${row.database} ${row.scenario.name}: ${total} failed requests`] : [];
}

function ratioTargets(row: Row): string[] {
  const wanted = row.scenario.targetRatio?.[row.database];
  if (!wanted) {
    return [];
  }
  const ratio = row.target.rps / row.baseline.rps;
  return [
    `target ${row.scenario.name} >= ${wanted} x bare on ${row.database}: ${met(ratio >= wanted)} (${fixed(ratio, 2)})`,
  ];
}

function latencyTargets(row: Row): string[] {
  const notes: string[] = [];
  const { scenario } = row;
  if (row.database !== "PostgreSQL") {
    return notes;
  }
  if (scenario.p99TargetMs) {
    const target = scenario.p99TargetMs;
    const under = (p99: number) => met(p99 < target);
    notes.push(
      `target ${scenario.name} p99 < ${target} ms on PostgreSQL, closed loop at saturation: ` +
        `${under(row.target.p99Ms)} (bare route: ${under(row.baseline.p99Ms)})`,
    );
    for (const { target: paced } of row.paced) {
      notes.push(`  open loop at ${paced.rate} req/s offered: ${under(paced.p99Ms)} (p50 ${paced.p50Ms} ms)`);
    }
  }
  const half = row.paced.find((p) => p.halfCapacity);
  if (scenario.halfCapacityP99Within && half) {
    const limit = scenario.halfCapacityP99Within * half.baseline.p99Ms;
    notes.push(
      `target ${scenario.name} open loop at half the bare route's capacity (${half.target.rate} req/s): p99 ` +
        `${half.target.p99Ms} ms within ${scenario.halfCapacityP99Within} x the bare route's ${half.baseline.p99Ms} ms: ` +
        met(half.target.p99Ms <= limit),
    );
  }
  return notes;
}

function throughputTargets(row: Row): string[] {
  const notes: string[] = [];
  const { scenario } = row;
  const perSecond = row.target.rps / (scenario.requestsPerIteration ?? 1);
  if (scenario.perPgbenchTransaction && row.pgbenchTps) {
    const ratio = perSecond / row.pgbenchTps;
    notes.push(
      `target ${scenario.name}: >= ${scenario.perPgbenchTransaction} per pgbench transaction on PostgreSQL: ` +
        `${met(ratio >= scenario.perPgbenchTransaction)} (${fixed(perSecond)}/s over ${row.pgbenchTps.toFixed(0)} tps = ${ratio.toFixed(4)})`,
    );
  }
  if (scenario.pgliteIterationsPerSecond && row.database === "PGlite") {
    notes.push(
      `target ${scenario.name}: >= ${scenario.pgliteIterationsPerSecond}/s on PGlite: ` +
        `${met(perSecond >= scenario.pgliteIterationsPerSecond)} (${fixed(perSecond)}/s)`,
    );
  }
  if (scenario.cpuMsPerRequest && row.database === "PostgreSQL") {
    notes.push(
      `target ${scenario.name}: server CPU <= ${scenario.cpuMsPerRequest} ms per request on PostgreSQL: ` +
        `${met(row.target.cpuMsPerRequest <= scenario.cpuMsPerRequest)} (${fixed(row.target.cpuMsPerRequest, 2)} ms)`,
    );
  }
  return notes;
}

export function verdicts(rows: Row[]): string[] {
  return rows.flatMap((row) => [
    ...failures(row),
    ...ratioTargets(row),
    ...latencyTargets(row),
    ...throughputTargets(row),
  ]);
}
