import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import type autocannon from "autocannon";
import { type CpuByPid, cpuBetween } from "./backend-cpu";
import { withCpuProfile } from "./cpu-profile";
import { profile, type StatementStats } from "./profile";
import type { Served } from "./servers";

export interface LoadOptions {
  connections: number;
  /** Measured seconds per cell, split over the rounds. */
  seconds: number;
  warmupSeconds: number;
  /** The cells of a pair are measured in A B B A order this many times, so drift in machine load hits both alike. */
  rounds: number;
}

export interface LoadResult {
  rps: number;
  /** The worst p99 of the rounds: rounds cannot be merged into one histogram, and worst is the honest summary. */
  p99Ms: number;
  /** Connection errors, timeouts and non-2xx answers: any of them makes the figures meaningless. */
  failures: number;
  /** Requests answered in the measured slices. */
  requests: number;
  /** The bench process's CPU time (the servers, and PGlite when it is the database) per request, in ms. */
  cpuMsPerRequest: number;
  /** PostgreSQL's own CPU time per request, in ms (its server processes, read from /proc); null on PGlite. */
  postgresCpuMsPerRequest: number | null;
  /** SQL statements per request, and their time until answered (driver side) per request, in ms. */
  statementsPerRequest: number;
  databaseMsPerRequest: number;
  /** The ten statements that took the most time, with calls and total ms over the slices. */
  topStatements: [string, StatementStats][];
}

interface Slice {
  requests: number;
  duration: number;
  p99: number;
  failures: number;
}

export interface Target {
  url: string;
  headers?: Record<string, string>;
  /**
   * A sequence each connection runs in a loop instead of one GET (e.g. a whole assignment lifecycle). The load runs
   * in a worker thread, so `setupRequest` / `onResponse` are paths of CommonJS modules, and data reaches them through
   * `initialContext` (copied into every connection's context).
   */
  requests?: autocannon.Request[];
  initialContext?: Record<string, unknown>;
  /** The counters of the server behind `url`, so per-request figures divide by what it answered. */
  served?: Served;
  /** Reads PostgreSQL's server processes' CPU (BenchDatabase `backendCpu`), around each slice. */
  backendCpu?: () => Promise<CpuByPid | null>;
}

const loadChild = fileURLToPath(new URL("./load-child.ts", import.meta.url));

/**
 * One closed-loop slice, fired from a child process (bench/lib/load-child.ts): the load generator shares neither the
 * server's event loop nor its CPU account, so `process.cpuUsage()` here measures the servers alone.
 */
function fire(target: Target, connections: number, seconds: number): Promise<Slice> {
  const { served: _served, ...request } = target;
  const args = JSON.stringify({ ...request, connections, seconds });
  return new Promise((resolve, reject) => {
    execFile(process.execPath, ["--import", "tsx", loadChild, args], { maxBuffer: 1 << 20 }, (error, stdout) => {
      if (error) {
        reject(error);
        return;
      }
      resolve(JSON.parse(stdout) as Slice);
    });
  });
}

/** A target's slices, with the server's CPU time and the statements counted while they ran. */
/** Waits (at most 30 s) until the server has answered every request the slice left in flight. */
async function drained(served: Served | undefined): Promise<void> {
  const until = Date.now() + 30_000;
  while (served && served.inflight > 0 && Date.now() < until) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

class Account {
  slices: Slice[] = [];
  answered = 0;
  cpuMicros = 0;
  postgresCpuMs: number | null = null;
  statements = 0;
  databaseMs = 0;
  top = new Map<string, StatementStats>();

  async measure(target: Target, connections: number, seconds: number): Promise<void> {
    // Read outside the recorded window: its own statement is not the target's.
    const backendsBefore = await target.backendCpu?.();
    profile.reset();
    profile.recording = true;
    const cpu = process.cpuUsage();
    const answered = target.served?.answered ?? 0;
    try {
      this.slices.push(await fire(target, connections, seconds));
      await drained(target.served);
    } finally {
      profile.recording = false;
    }
    const used = process.cpuUsage(cpu);
    const backendsAfter = await target.backendCpu?.();
    if (backendsBefore && backendsAfter) {
      this.postgresCpuMs = (this.postgresCpuMs ?? 0) + cpuBetween(backendsBefore, backendsAfter);
    }
    this.answered += (target.served?.answered ?? 0) - answered;
    this.cpuMicros += used.user + used.system;
    this.statements += profile.statements;
    this.databaseMs += profile.totalMs;
    for (const [text, stats] of profile.byText) {
      const known = this.top.get(text) ?? { calls: 0, totalMs: 0 };
      this.top.set(text, { calls: known.calls + stats.calls, totalMs: known.totalMs + stats.totalMs });
    }
  }

  summary(): LoadResult {
    const requests = this.slices.reduce((sum, slice) => sum + slice.requests, 0);
    const seconds = this.slices.reduce((sum, slice) => sum + slice.duration, 0);
    // The server's own count (it also answers what the load generator stopped waiting for at a slice's end).
    const answered = this.answered || requests;
    const per = (value: number) => (answered > 0 ? value / answered : 0);
    return {
      rps: seconds > 0 ? requests / seconds : 0,
      p99Ms: Math.max(...this.slices.map((slice) => slice.p99)),
      failures: this.slices.reduce((sum, slice) => sum + slice.failures, 0),
      requests: answered,
      cpuMsPerRequest: per(this.cpuMicros / 1000),
      postgresCpuMsPerRequest: this.postgresCpuMs === null ? null : per(this.postgresCpuMs),
      statementsPerRequest: per(this.statements),
      databaseMsPerRequest: per(this.databaseMs),
      topStatements: [...this.top.entries()].sort((a, b) => b[1].totalMs - a[1].totalMs).slice(0, 10),
    };
  }
}

/** Warms both targets up (JIT, pool connections, plans), then measures them interleaved. */
export async function measurePair(
  a: Target,
  b: Target,
  options: LoadOptions,
  /** Names the CPU profile of b's cells under BENCH_CPU_PROFILE (bench/lib/cpu-profile.ts). */
  name?: string,
): Promise<{ a: LoadResult; b: LoadResult }> {
  if (options.warmupSeconds > 0) {
    await fire(a, options.connections, options.warmupSeconds);
    await fire(b, options.connections, options.warmupSeconds);
  }
  const slice = Math.max(0.5, options.seconds / (2 * options.rounds));
  const [runsA, runsB] = [new Account(), new Account()];
  for (let round = 0; round < options.rounds; round++) {
    await runsA.measure(a, options.connections, slice);
    const middle = async () => {
      await runsB.measure(b, options.connections, slice);
      await runsB.measure(b, options.connections, slice);
    };
    await (round === 0 && name ? withCpuProfile(name, () => b.served?.answered ?? 0, middle) : middle());
    await runsA.measure(a, options.connections, slice);
  }
  return { a: runsA.summary(), b: runsB.summary() };
}

export interface PacedResult {
  rate: number;
  requests: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  failures: number;
}

const pacedClient = fileURLToPath(new URL("./paced-client.ts", import.meta.url));

/**
 * Open-loop latency at a fixed offered rate, spread over `connections` keep-alive connections, from a separate
 * process. A closed loop (autocannon) keeps every connection busy, so its p99 is queueing at saturation; this is
 * the latency a request sees while the server carries `rate` requests a second.
 */
export function measurePaced(target: Target, rate: number, seconds: number, connections: number) {
  const args = JSON.stringify({ url: target.url, rate, seconds, connections, headers: target.headers ?? {} });
  return new Promise<PacedResult>((resolve, reject) => {
    execFile(process.execPath, ["--import", "tsx", pacedClient, args], (error, stdout) => {
      if (error) {
        reject(error);
        return;
      }
      resolve({ rate, ...(JSON.parse(stdout) as Omit<PacedResult, "rate">) });
    });
  });
}
