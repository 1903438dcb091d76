/**
 * What the database does for the server, timed from the driver's side (pg_stat_statements is installed on the
 * bench's PostgreSQL but not preloaded, and the bench may not restart a shared server): every statement the
 * node-postgres clients send, with its text and the time until its answer; on PGlite every statement is counted
 * (its text is not reachable from outside the library). The bench resets the profile before a cell and reads it after.
 */

import { appendFileSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

/** `BENCH_TRACE=<file>` appends every recorded statement in order (with BENCH_CONNECTIONS=1: one request's, in turn). */
const traceFile = process.env.BENCH_TRACE;

export interface StatementStats {
  calls: number;
  totalMs: number;
}

/**
 * Multi-row inserts differ only in their number of value lists; fold them into one entry. Cached by text: the regexes
 * ran on every statement and the profile charged them to the server's CPU per request (0.3 ms of a write's 8).
 */
const keys = new Map<string, string>();
function keyOf(text: string): string {
  let key = keys.get(text);
  if (key === undefined) {
    key = text
      .replace(/\s+/g, " ")
      .replace(/(\((?:\$\d+|default)(?:, (?:\$\d+|default))*\)(?:, )?)+/g, "($…) ")
      .replace(/\[\$\d+(?:, \$\d+)*\]/g, "[$…]");
    if (keys.size < 10_000) {
      keys.set(text, key);
    }
  }
  return key;
}

class StatementProfile {
  statements = 0;
  totalMs = 0;
  byText = new Map<string, StatementStats>();
  /** Off while the bench prepares data or measures the bare route, so only the target's statements count. */
  recording = false;

  record(text: string, ms: number): void {
    if (!this.recording) {
      return;
    }
    this.statements++;
    this.totalMs += ms;
    if (traceFile) {
      appendFileSync(traceFile, `${text.replace(/\s+/g, " ").slice(0, 400)}\n`);
    }
    const key = keyOf(text);
    const stats = this.byText.get(key) ?? { calls: 0, totalMs: 0 };
    stats.calls++;
    stats.totalMs += ms;
    this.byText.set(key, stats);
  }

  reset(): void {
    this.statements = 0;
    this.totalMs = 0;
    this.byText.clear();
  }

  top(count: number): [string, StatementStats][] {
    return [...this.byText.entries()].sort((a, b) => b[1].totalMs - a[1].totalMs).slice(0, count);
  }
}

export const profile = new StatementProfile();
let installed = false;

type Callback = (error: Error | null, result: unknown) => void;

/** Wraps pg's Client.query (promise and callback styles, as Pool.query uses) and PGlite's statement lock. */
export function installProfile(): void {
  if (installed) {
    return;
  }
  installed = true;
  const query = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function (this: pg.Client, config: unknown, values?: unknown, callback?: unknown) {
    const text =
      typeof config === "string" ? config : String((config as { text?: string; name?: string })?.text ?? "?");
    const started = performance.now();
    const done = () => profile.record(text, performance.now() - started);
    const cb = (typeof values === "function" ? values : callback) as Callback | undefined;
    if (cb) {
      const params = typeof values === "function" ? undefined : values;
      return query.call(this, config, params, (error: Error | null, result: unknown) => {
        done();
        cb(error, result);
      });
    }
    const result = query.call(this, config, values) as Promise<unknown> | undefined;
    if (result && typeof result.then === "function") {
      return result.then(
        (value) => {
          done();
          return value;
        },
        (error: unknown) => {
          done();
          throw error;
        },
      );
    }
    return result;
  } as typeof pg.Client.prototype.query;
  // Every PGlite statement (a query, BEGIN, COMMIT) runs under `_runExclusiveQuery`, the library's one lock.
  let proto: object | null = PGlite.prototype;
  while (proto && !Object.hasOwn(proto, "_runExclusiveQuery")) {
    proto = Object.getPrototypeOf(proto) as object | null;
  }
  if (proto) {
    const holder = proto as { _runExclusiveQuery: (fn: () => Promise<unknown>) => Promise<unknown> };
    const exclusive = holder._runExclusiveQuery;
    holder._runExclusiveQuery = async function (this: unknown, fn: () => Promise<unknown>) {
      return exclusive.call(this, async () => {
        const started = performance.now();
        try {
          return await fn();
        } finally {
          profile.record("(PGlite statement)", performance.now() - started);
        }
      });
    };
  }
}
