import { hostname } from "node:os";
import { and, eq, inArray, lte, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { z } from "zod";
import type { Ctx } from "./context";
import { createCtx, systemActor } from "./context";
import type { Db, Executor } from "./db";
import type { Logger } from "./log";
import { type Params, preparedStatement } from "./prepared";
import { jobs, recurringJobs } from "./tables";

export interface JobHandler<P extends z.ZodType = z.ZodType> {
  name: string;
  payload: P;
  /**
   * Runs inside the transaction that marks the job done, so its writes and its completion commit together. It may
   * answer a follow-up, started after that commit and not awaited: work that must not hold a transaction or the
   * loop (a webhook's HTTP request, which records its own outcome).
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: most handlers answer nothing (void); a few answer a follow-up.
  run(ctx: Ctx, payload: z.infer<P>): Promise<void | AfterCommit>;
  /** When set, the job fires on its own every N seconds (one row per firing, claimed by one process). */
  everySeconds?: number;
  maxAttempts?: number;
}

export type AfterCommit = () => void;

export function defineJob<P extends z.ZodType>(handler: JobHandler<P>): JobHandler {
  return handler as unknown as JobHandler;
}

export interface JobOptions {
  runAt?: Date;
  key?: string;
  maxAttempts?: number;
}

/** Enqueues inside the caller's transaction: the job exists only if the change that asked for it committed. */
export async function enqueue(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  name: string,
  payload: unknown,
  options: JobOptions = {},
): Promise<void> {
  await enqueueMany(tx, ctx, [{ name, payload, ...options }]);
}

/** The values enqueueJobs takes: one array per column, a row per index (see `jobsInsert`). */
export interface JobArrays {
  jobNames: string[];
  /** Each payload as JSON text: the statement casts it, as Drizzle's jsonb column would have encoded it. */
  jobPayloads: string[];
  jobRunAts: string[];
  jobKeys: (string | null)[];
  jobMaxAttempts: number[];
  now: string;
}

/**
 * The jobs INSERT as SQL with placeholders, for a statement built once (prepared.ts): the rows come as arrays through
 * `unnest`, so the text is the same however many jobs (issue 10: a Drizzle multi-row VALUES was built on every call
 * and had a text per row count). Arrays go as text[] and are cast in SQL, which both pg and PGlite send alike;
 * `unnest` yields the rows in array order, as VALUES did, so the ids (bigserial) follow the list's order.
 */
export function jobsInsert(p: Params<JobArrays>): SQL {
  return jobsInsertOf(p);
}

/** `jobsInsert` over any SQL for its arrays: placeholders, or parameters (`jobsWrite`). */
function jobsInsertOf(c: { [K in keyof JobArrays]: SQLWrapper }): SQL {
  return jobsInsertFrom(
    sql`SELECT u.name, u.payload::jsonb, u.run_at::timestamptz, u.key, u.max_attempts
      FROM unnest(${c.jobNames}::text[], ${c.jobPayloads}::text[], ${c.jobRunAts}::text[], ${c.jobKeys}::text[],
        ${c.jobMaxAttempts}::int[]) AS u(name, payload, run_at, key, max_attempts)`,
    c.now,
  );
}

/**
 * The jobs as a write to send with another statement (history.ts `recordEvent`'s `alongside`: an assignment's
 * follow-up rides in its event's statement, issue 10); null for none.
 */
export function jobsWrite(ctx: Pick<Ctx, "now">, list: readonly JobSpec[]): SQL | null {
  if (list.length === 0) {
    return null;
  }
  const a = jobArrays(ctx, list);
  return jobsInsertOf({
    jobNames: sql.param(a.jobNames),
    jobPayloads: sql.param(a.jobPayloads),
    jobRunAts: sql.param(a.jobRunAts),
    jobKeys: sql.param(a.jobKeys),
    jobMaxAttempts: sql.param(a.jobMaxAttempts),
    now: sql.param(a.now),
  });
}

/**
 * The jobs INSERT from a query of its rows: (name, payload jsonb, run_at timestamptz, key, max_attempts), for a
 * statement that derives its jobs from rows it writes itself (mail.ts `mailWritesFrom`).
 */
export function jobsInsertFrom(rows: SQL, now: SQLWrapper): SQL {
  return sql`INSERT INTO ${jobs} (name, payload, run_at, key, max_attempts, created_at)
    SELECT j.name, j.payload, j.run_at, j.key, j.max_attempts, ${now}::timestamptz
    FROM (${rows}) AS j(name, payload, run_at, key, max_attempts)
    ON CONFLICT DO NOTHING`;
}

/** How often a job is tried unless it says otherwise. */
export const defaultMaxAttempts = 8;

/** One job to enqueue: its handler's name, its payload, and when and how. */
export type JobSpec = { name: string; payload: unknown } & JobOptions;

/** The arrays `jobsInsert` reads, from a list of jobs. */
export function jobArrays(ctx: Pick<Ctx, "now">, list: readonly JobSpec[]): JobArrays {
  const now = ctx.now.toISOString();
  return {
    jobNames: list.map((job) => job.name),
    jobPayloads: list.map((job) => JSON.stringify(job.payload)),
    jobRunAts: list.map((job) => job.runAt?.toISOString() ?? now),
    jobKeys: list.map((job) => job.key ?? null),
    jobMaxAttempts: list.map((job) => job.maxAttempts ?? defaultMaxAttempts),
    now,
  };
}

const insertJobs = preparedStatement<unknown, JobArrays>((p) => jobsInsert(p));

/** Several jobs in one INSERT (one round trip however many: a send to 20 workers queues 20 mails). */
export async function enqueueMany(tx: Executor, ctx: Pick<Ctx, "now">, list: readonly JobSpec[]): Promise<void> {
  if (list.length > 0) {
    await insertJobs(tx, jobArrays(ctx, list));
  }
}

/** Exponential backoff capped at one hour: 2 s, 4 s, 8 s, … */
export function backoffMs(attempt: number): number {
  return Math.min(3_600_000, 1000 * 2 ** attempt);
}

export interface JobRunner {
  db: Db;
  log: Logger;
  handlers: Map<string, JobHandler>;
  workerId: string;
}

export function createJobRunner(db: Db, log: Logger, handlers: JobHandler[]): JobRunner {
  return { db, log, handlers: new Map(handlers.map((h) => [h.name, h])), workerId: `${hostname()}:${process.pid}` };
}

async function scheduleRecurring(runner: JobRunner, now: Date): Promise<void> {
  for (const handler of runner.handlers.values()) {
    if (handler.everySeconds) {
      await runner.db
        .insert(recurringJobs)
        .values({ name: handler.name, everySeconds: handler.everySeconds, nextRunAt: now })
        .onConflictDoNothing();
    }
  }
  await runner.db.transaction(async (tx) => {
    const due = await tx
      .select()
      .from(recurringJobs)
      .where(lte(recurringJobs.nextRunAt, now))
      .for("update", { skipLocked: true });
    for (const row of due) {
      await enqueue(tx, { now }, row.name, {}, { key: `recurring:${row.name}` });
      await tx
        .update(recurringJobs)
        .set({ nextRunAt: new Date(now.getTime() + row.everySeconds * 1000) })
        .where(eq(recurringJobs.name, row.name));
    }
  });
}

async function claim(runner: JobRunner, now: Date, limit: number) {
  return runner.db.transaction(async (tx) => {
    // A job whose process died while running is taken back once its lock expires.
    const due = await tx
      .select({ id: jobs.id })
      .from(jobs)
      .where(
        sql`(${jobs.status} = 'queued' AND ${jobs.runAt} <= ${now}) OR (${jobs.status} = 'running' AND ${jobs.lockedUntil} < ${now})`,
      )
      .orderBy(jobs.runAt)
      .limit(limit)
      .for("update", { skipLocked: true });
    if (due.length === 0) {
      return [];
    }
    return tx
      .update(jobs)
      .set({
        status: "running",
        attempts: sql`${jobs.attempts} + 1`,
        lockedBy: runner.workerId,
        lockedUntil: new Date(now.getTime() + 5 * 60_000),
      })
      .where(
        inArray(
          jobs.id,
          due.map((d) => d.id),
        ),
      )
      .returning();
  });
}

async function runOne(runner: JobRunner, job: typeof jobs.$inferSelect, now: Date): Promise<void> {
  const handler = runner.handlers.get(job.name);
  try {
    if (!handler) {
      throw new Error(`No handler registered for job ${job.name}`);
    }
    const payload = handler.payload.parse(job.payload);
    let after: AfterCommit | undefined;
    await runner.db.transaction(async (tx) => {
      const ctx = createCtx({ db: runner.db, log: runner.log, actor: systemActor, now, requestId: `job:${job.id}` });
      const follow = await handler.run({ ...ctx, transaction: (fn) => fn(tx) }, payload);
      after = typeof follow === "function" ? follow : undefined;
      await tx
        .update(jobs)
        .set({ status: "done", finishedAt: new Date(), lockedUntil: null })
        .where(and(eq(jobs.id, job.id), eq(jobs.lockedBy, runner.workerId)));
    });
    after?.();
  } catch (error) {
    const dead = job.attempts >= job.maxAttempts;
    runner.log.warn({ err: error, job: job.id, name: job.name, dead }, "job failed");
    await runner.db
      .update(jobs)
      .set({
        status: dead ? "dead" : "queued",
        runAt: new Date(now.getTime() + backoffMs(job.attempts)),
        lastError: String(error instanceof Error ? error.message : error).slice(0, 2000),
        lockedUntil: null,
        finishedAt: dead ? new Date() : null,
      })
      .where(eq(jobs.id, job.id));
  }
}

/** Claims and runs every job due at `now`. Tests call this directly instead of waiting for the poll loop. */
export async function runDueJobs(runner: JobRunner, now: Date = new Date(), limit = 50): Promise<number> {
  await scheduleRecurring(runner, now);
  let total = 0;
  for (;;) {
    const claimed = await claim(runner, now, limit);
    for (const job of claimed) {
      await runOne(runner, job, now);
    }
    total += claimed.length;
    if (claimed.length < limit) {
      return total;
    }
  }
}

/** The poll loop each server process runs; the database, not this timer, is the source of truth. */
export function startJobLoop(runner: JobRunner, pollMs: number): () => Promise<void> {
  let stopped = false;
  let current: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    if (stopped) {
      return;
    }
    current = runDueJobs(runner).catch((error: unknown) => runner.log.error({ err: error }, "job loop failed"));
    await current;
    if (!stopped) {
      timer = setTimeout(tick, pollMs);
    }
  };
  let timer = setTimeout(tick, pollMs);
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
  };
}
