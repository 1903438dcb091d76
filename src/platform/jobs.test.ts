import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { testApp } from "#test/harness";
import { recordEvent } from "./history";
import { backoffMs, createJobRunner, defineJob, enqueue, type JobRunner, runDueJobs } from "./jobs";
import { createLogger } from "./log";
import { events, jobs } from "./tables";

const t = await testApp();
const runner = createJobRunner(t.db, createLogger("silent"), []);
const SECOND = 1000;

/** A job name of this test's own, with a handler that counts its runs and fails while `failing()` says so. */
function testJob(options: { failing?: (attempt: number) => boolean; everySeconds?: number } = {}) {
  const name = `test.job-${randomUUID()}`;
  const runs: unknown[] = [];
  runner.handlers.set(
    name,
    defineJob({
      name,
      payload: z.object({ n: z.number().optional() }),
      everySeconds: options.everySeconds,
      async run(_ctx, payload) {
        runs.push(payload);
        if (options.failing?.(runs.length)) {
          throw new Error(`attempt ${runs.length} failed`);
        }
      },
    }),
  );
  return { name, runs };
}

async function queue(name: string, now: Date, options: { runAt?: Date; key?: string; maxAttempts?: number } = {}) {
  await t.db.transaction((tx) => enqueue(tx, { now }, name, { n: 1 }, options));
}

const rowsOf = (name: string) => t.db.select().from(jobs).where(eq(jobs.name, name)).orderBy(jobs.id);

describe("the job queue", () => {
  it("runs a job once it is due, and only once", async () => {
    const now = new Date("2031-01-01T00:00:00Z");
    const job = testJob();
    await queue(job.name, now);
    await runDueJobs(runner, now);
    await runDueJobs(runner, now);
    expect(job.runs).toEqual([{ n: 1 }]);
    const [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: "done", attempts: 1, lockedBy: runner.workerId });
  });

  it("leaves a delayed job alone until its time", async () => {
    const now = new Date("2031-02-01T00:00:00Z");
    const job = testJob();
    await queue(job.name, now, { runAt: new Date(now.getTime() + 3600 * SECOND) });
    await runDueJobs(runner, new Date(now.getTime() + 3599 * SECOND));
    expect(job.runs).toHaveLength(0);
    await runDueJobs(runner, new Date(now.getTime() + 3600 * SECOND));
    expect(job.runs).toHaveLength(1);
  });

  it("retries a failing job with exponential backoff and records the error", async () => {
    const now = new Date("2031-03-01T00:00:00Z");
    const job = testJob({ failing: (attempt) => attempt <= 2 });
    await queue(job.name, now);
    await runDueJobs(runner, now);
    let [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastError: "attempt 1 failed" });
    expect(row?.runAt).toEqual(new Date(now.getTime() + backoffMs(1)));

    await runDueJobs(runner, new Date(now.getTime() + backoffMs(1) - 1));
    expect(job.runs).toHaveLength(1);
    const second = new Date(now.getTime() + backoffMs(1));
    await runDueJobs(runner, second);
    [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: "queued", attempts: 2, lastError: "attempt 2 failed" });
    expect(row?.runAt).toEqual(new Date(second.getTime() + backoffMs(2)));

    await runDueJobs(runner, new Date(second.getTime() + backoffMs(2)));
    [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: "done", attempts: 3 });
    expect(backoffMs(1)).toBeLessThan(backoffMs(2));
    expect(backoffMs(30)).toBe(3_600_000);
  });

  it("gives up after maxAttempts: the job is dead and never runs again", async () => {
    let now = new Date("2031-04-01T00:00:00Z");
    const job = testJob({ failing: () => true });
    await queue(job.name, now, { maxAttempts: 3 });
    for (let attempt = 1; attempt <= 5; attempt++) {
      await runDueJobs(runner, now);
      now = new Date(now.getTime() + 2 * 3_600_000);
    }
    expect(job.runs).toHaveLength(3);
    const [row] = await rowsOf(job.name);
    expect(row).toMatchObject({ status: "dead", attempts: 3, lastError: "attempt 3 failed" });
    expect(row?.finishedAt).not.toBeNull();
  });

  it("keeps one queued job per dedupe key, and accepts the key again once that job is done", async () => {
    const now = new Date("2031-05-01T00:00:00Z");
    const job = testJob();
    const key = `dedupe:${randomUUID()}`;
    await queue(job.name, now, { key });
    await queue(job.name, now, { key });
    expect(await rowsOf(job.name)).toHaveLength(1);
    await runDueJobs(runner, now);
    await queue(job.name, now, { key });
    expect((await rowsOf(job.name)).map((r) => r.status)).toEqual(["done", "queued"]);
  });

  it("rolls back a failing job's writes together with the attempt", async () => {
    const now = new Date("2031-06-01T00:00:00Z");
    const subjectId = randomUUID();
    const name = `test.job-${randomUUID()}`;
    runner.handlers.set(
      name,
      defineJob({
        name,
        payload: z.object({}),
        async run(ctx) {
          await ctx.transaction((tx) =>
            recordEvent(tx, ctx, { action: "test.written", subject: { type: "test", id: subjectId } }),
          );
          throw new Error("after the write");
        },
      }),
    );
    await t.db.transaction((tx) => enqueue(tx, { now }, name, {}));
    await runDueJobs(runner, now);
    expect(await t.db.select().from(events).where(eq(events.subjectId, subjectId))).toEqual([]);
    const [row] = await rowsOf(name);
    expect(row).toMatchObject({ status: "queued", attempts: 1, lastError: "after the write" });
  });

  it("takes back a running job whose process died, once its lock has expired", async () => {
    const now = new Date("2031-07-01T00:00:00Z");
    const stale = testJob();
    const held = testJob();
    await queue(stale.name, now);
    await queue(held.name, now);
    const crashed = { status: "running" as const, attempts: 1, lockedBy: "crashed-process" };
    await t.db
      .update(jobs)
      .set({ ...crashed, lockedUntil: new Date(now.getTime() - 1) })
      .where(eq(jobs.name, stale.name));
    await t.db
      .update(jobs)
      .set({ ...crashed, lockedUntil: new Date(now.getTime() + 60 * SECOND) })
      .where(eq(jobs.name, held.name));
    await runDueJobs(runner, now);
    expect(stale.runs).toHaveLength(1);
    expect(held.runs).toHaveLength(0);
    expect((await rowsOf(stale.name))[0]).toMatchObject({ status: "done", attempts: 2, lockedBy: runner.workerId });
    expect((await rowsOf(held.name))[0]).toMatchObject({ status: "running", lockedBy: "crashed-process" });
  });

  it("fires a recurring job once per period, even with two runners polling together", async () => {
    const start = new Date("2031-08-01T00:00:00Z");
    const job = testJob({ everySeconds: 60 });
    const other: JobRunner = { ...runner, workerId: "second-runner" };
    const both = (at: Date) => Promise.all([runDueJobs(runner, at), runDueJobs(other, at)]);
    await both(start);
    expect(job.runs).toHaveLength(1);
    await both(new Date(start.getTime() + 30 * SECOND));
    await both(new Date(start.getTime() + 59 * SECOND));
    expect(job.runs).toHaveLength(1);
    await both(new Date(start.getTime() + 60 * SECOND));
    expect(job.runs).toHaveLength(2);
    await both(new Date(start.getTime() + 60 * SECOND));
    expect(job.runs).toHaveLength(2);
  });
});
