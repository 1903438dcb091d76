import { randomUUID } from "node:crypto";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { createCtx } from "./context";
import type { Tx } from "./db";
import { createLogger } from "./log";

/** A deadlock needs two connections each holding a lock the other wants: PGlite has one, so this needs a server. */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();
const table = sql.identifier(`retry_probe_${randomUUID().replaceAll("-", "")}`);

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

/** Resolves once both sides have called it: each transaction holds its first lock before asking for the second. */
function barrier() {
  let arrived = 0;
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return () => {
    arrived += 1;
    if (arrived === 2) {
      open();
    }
    return opened;
  };
}

describe.skipIf(skip)(`ctx.transaction on real PostgreSQL connections (${NEEDS_POSTGRES})`, () => {
  beforeAll(async () => {
    await t().db.execute(sql`CREATE TABLE ${table} (id int PRIMARY KEY, n int NOT NULL DEFAULT 0)`);
    await t().db.execute(sql`INSERT INTO ${table} (id) VALUES (1), (2)`);
  });
  afterAll(async () => {
    await t().db.execute(sql`DROP TABLE IF EXISTS ${table}`);
  });

  it("runs the deadlock's victim again, so both transactions commit, each once", async () => {
    const ctx = createCtx({ db: t().db, log: createLogger("silent") });
    const bothHoldOne = barrier();
    const attempts = { a: 0, b: 0 };
    const lockBoth = (name: "a" | "b", first: number, second: number) =>
      ctx.transaction(async (tx: Tx) => {
        attempts[name] += 1;
        await tx.execute(sql`UPDATE ${table} SET n = n + 1 WHERE id = ${first}`);
        await bothHoldOne();
        await tx.execute(sql`UPDATE ${table} SET n = n + 1 WHERE id = ${second}`);
        return name;
      });
    await expect(Promise.all([lockBoth("a", 1, 2), lockBoth("b", 2, 1)])).resolves.toEqual(["a", "b"]);
    // PostgreSQL aborted exactly one of them; it ran again after the other committed.
    expect(attempts.a + attempts.b).toBe(3);
    const rows = (await t().db.execute(sql`SELECT id, n FROM ${table} ORDER BY id`)) as unknown as { rows: unknown[] };
    expect(rows.rows).toEqual([
      { id: 1, n: 2 },
      { id: 2, n: 2 },
    ]);
  });

  it("does not run again on any other error", async () => {
    const ctx = createCtx({ db: t().db, log: createLogger("silent") });
    let attempts = 0;
    const failing = ctx.transaction(async (tx: Tx) => {
      attempts += 1;
      await tx.execute(sql`UPDATE ${table} SET n = n + 1 WHERE id = 1`);
      await tx.execute(sql`SELECT 1 / 0`);
    });
    await expect(failing).rejects.toThrow();
    expect(attempts).toBe(1);
  });
});
