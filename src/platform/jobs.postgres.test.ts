import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { createJobRunner, defineJob, enqueue, type JobRunner, runDueJobs } from "./jobs";
import { createLogger } from "./log";
import { jobs, recurringJobs } from "./tables";

/**
 * FOR UPDATE SKIP LOCKED only shows its worth with real concurrent connections: PGlite serialises everything, so
 * these runs need a PostgreSQL server (and CI always has one).
 */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();
const log = createLogger("silent");

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

describe.skipIf(skip)(`jobs on real PostgreSQL connections (${NEEDS_POSTGRES})`, () => {
  it("runs each of 200 jobs exactly once with four runners claiming at the same time", async () => {
    const name = `test.concurrent-${randomUUID()}`;
    const runs = new Map<number, number>();
    const handler = defineJob({
      name,
      payload: z.object({ n: z.number() }),
      async run(_ctx, { n }) {
        runs.set(n, (runs.get(n) ?? 0) + 1);
      },
    });
    const runners: JobRunner[] = ["a", "b", "c", "d"].map((id) => ({
      ...createJobRunner(t().db, log, [handler]),
      workerId: `runner-${id}`,
    }));
    const now = new Date();
    await t().db.transaction(async (tx) => {
      for (let n = 0; n < 200; n++) {
        await enqueue(tx, { now }, name, { n });
      }
    });
    await Promise.all(runners.map((runner) => runDueJobs(runner, now, 10)));
    expect(runs.size).toBe(200);
    expect([...runs.values()].every((count) => count === 1)).toBe(true);
    const rows = await t().db.select().from(jobs).where(eq(jobs.name, name));
    expect(rows.every((row) => row.status === "done" && row.attempts === 1)).toBe(true);
    expect(new Set(rows.map((row) => row.lockedBy)).size).toBeGreaterThan(1);
  });

  it("fires a recurring job once when four runners poll at the same instant", async () => {
    const name = `test.recurring-${randomUUID()}`;
    let runs = 0;
    const handler = defineJob({
      name,
      payload: z.object({}),
      everySeconds: 300,
      async run() {
        runs++;
      },
    });
    const runners = ["a", "b", "c", "d"].map((id) => ({
      ...createJobRunner(t().db, log, [handler]),
      workerId: `runner-${id}`,
    }));
    const now = new Date("2032-01-01T00:00:00Z");
    await Promise.all(runners.map((runner) => runDueJobs(runner, now)));
    await Promise.all(runners.map((runner) => runDueJobs(runner, new Date(now.getTime() + 1000))));
    expect(runs).toBe(1);
    const [schedule] = await t().db.select().from(recurringJobs).where(eq(recurringJobs.name, name));
    expect(schedule?.nextRunAt).toEqual(new Date(now.getTime() + 300_000));
  });
});
