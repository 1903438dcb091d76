import type { FastifyInstance } from "fastify";
import type { Db } from "#platform/db";
import type { Target } from "./load";

export interface ScenarioContext {
  db: Db;
  /** Base URL of the running Worklane app. */
  appUrl: string;
  /** Base URL of the bare Fastify instance, where `registerBaseline` put its routes. */
  bareUrl: string;
}

/**
 * One row pair of the table: a real endpoint and the bare route it is measured against. Later issues add a
 * file in bench/scenarios/ and list it in bench/run.ts.
 */
export interface Scenario {
  /** What is measured, e.g. "GET /api/v1/me". */
  name: string;
  /** What the bare route does, e.g. "bare: PK SELECT". */
  baseline: string;
  /** The ratio (closed loop) the real route must reach against the bare one, per database. */
  targetRatio?: Partial<Record<"PostgreSQL" | "PGlite", number>>;
  /** The p99 latency (ms) the real route must stay under on PostgreSQL. */
  p99TargetMs?: number;
  /**
   * Offered rates (req/s) at which the target and the bare route are also measured open loop (bench/lib/paced-client.ts):
   * the latency a request sees at that load, beside the closed loop's latency at saturation.
   */
  pacedRates?: number[];
  /**
   * Also measured open loop at half the bare route's measured capacity; on PostgreSQL the target's p99 there must stay
   * within this many times the bare route's p99 at the same rate.
   */
  halfCapacityP99Within?: number;
  /** For a sequence target: requests per iteration, so the table also shows iterations per second. */
  requestsPerIteration?: number;
  /** Iterations per pgbench tpcb-like transaction the target must reach on PostgreSQL, in the same run. */
  perPgbenchTransaction?: number;
  /** Iterations per second the target must reach on PGlite. */
  pgliteIterationsPerSecond?: number;
  /**
   * The least warm-up (s) the target needs: a sequence must have answered each of its steps before the measurement,
   * since a route's first answers build its response writer (platform/http/serializer.ts) and warm the JIT.
   */
  warmupSeconds?: number;
  /** The server CPU time per request (ms, closed loop) the target must stay under, on every database. */
  cpuMsPerRequest?: number;
  /** Adds the bare route(s) to the minimal Fastify instance; they query through the same Drizzle db / pool. */
  registerBaseline(app: FastifyInstance, db: Db): void;
  /** Makes the data the requests need (through the real API) and returns the two targets. */
  prepare(context: ScenarioContext): Promise<{ target: Target; baseline: Target; companyId?: string }>;
}
