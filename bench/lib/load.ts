import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";

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
}

// One worker thread fires the requests, so the load generator does not share the server's event loop.
function fire(target: Target, connections: number, seconds: number): Promise<autocannon.Result> {
  return autocannon({
    url: target.url,
    headers: target.headers,
    connections,
    duration: seconds,
    workers: 1,
    ...(target.requests ? { requests: target.requests, initialContext: target.initialContext } : {}),
  });
}

function summarise(runs: autocannon.Result[]): LoadResult {
  const requests = runs.reduce((sum, run) => sum + run.requests.total, 0);
  const seconds = runs.reduce((sum, run) => sum + run.duration, 0);
  return {
    rps: seconds > 0 ? requests / seconds : 0,
    p99Ms: Math.max(...runs.map((run) => run.latency.p99)),
    failures: runs.reduce((sum, run) => sum + run.errors + run.timeouts + run.non2xx, 0),
  };
}

/** Warms both targets up (JIT, pool connections, plans), then measures them interleaved. */
export async function measurePair(
  a: Target,
  b: Target,
  options: LoadOptions,
): Promise<{ a: LoadResult; b: LoadResult }> {
  if (options.warmupSeconds > 0) {
    await fire(a, options.connections, options.warmupSeconds);
    await fire(b, options.connections, options.warmupSeconds);
  }
  const slice = Math.max(0.5, options.seconds / (2 * options.rounds));
  const runsA: autocannon.Result[] = [];
  const runsB: autocannon.Result[] = [];
  for (let round = 0; round < options.rounds; round++) {
    runsA.push(await fire(a, options.connections, slice));
    runsB.push(await fire(b, options.connections, slice));
    runsB.push(await fire(b, options.connections, slice));
    runsA.push(await fire(a, options.connections, slice));
  }
  return { a: summarise(runsA), b: summarise(runsB) };
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
