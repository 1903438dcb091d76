import { randomBytes } from "node:crypto";
import { readFileSync } from "node:fs";
import type { InjectOptions, LightMyRequestResponse } from "fastify";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { domains } from "#domains/index";
import { type Actor, type Ctx, createCtx } from "#platform/context";
import { type Database, openDatabase } from "#platform/db";
import { runDueJobs } from "#platform/jobs";
import { createLogger } from "#platform/log";
import { buildApp } from "../src/app";

export const usingPostgres = Boolean(process.env.TEST_DATABASE_URL);

export const NEEDS_POSTGRES = "skipped: needs PostgreSQL (set TEST_DATABASE_URL)";

/**
 * For tests of PostgreSQL-only behaviour (real connections, several processes): true when they should be skipped.
 * On a laptop without TEST_DATABASE_URL they skip with a clear message; under CI=true a missing database is an
 * error, so CI cannot pass without running them. Use as `describe.skipIf(skipWithoutPostgres())(NEEDS_POSTGRES, …)`.
 * CI's embedded-database pass (WORKLANE_TEST_PASS=pglite) leaves out every test file that calls this (vitest.config.ts).
 */
export function skipWithoutPostgres(): boolean {
  if (usingPostgres) {
    return false;
  }
  if (process.env.CI === "true") {
    throw new Error("CI=true but TEST_DATABASE_URL is unset: PostgreSQL-only tests must run in CI.");
  }
  return true;
}

/** A clock tests can move, so "23 hours before the start" needs no sleeping. */
export class TestClock {
  private offsetMs = 0;
  private fixed: Date | null = null;
  now = (): Date => (this.fixed ? new Date(this.fixed) : new Date(Date.now() + this.offsetMs));
  set(date: Date): void {
    this.fixed = new Date(date);
  }
  advance(ms: number): void {
    if (this.fixed) {
      this.fixed = new Date(this.fixed.getTime() + ms);
    } else {
      this.offsetMs += ms;
    }
  }
}

async function openTestDatabase(): Promise<Database> {
  const url = process.env.TEST_DATABASE_URL;
  if (url) {
    const name = `wl_t_${process.pid}_${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject("templateDatabase")}`);
    await admin.end();
    const target = new URL(url);
    target.pathname = `/${name}`;
    const database = await openDatabase({ url: target.toString(), dataDir: "" });
    return {
      ...database,
      async close() {
        await database.close();
        const drop = new pg.Client({ connectionString: url });
        await drop.connect();
        await drop.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await drop.end();
      },
    };
  }
  const dump = new Blob([readFileSync(inject("pgliteDump"))]);
  return openDatabase({ dataDir: "memory://", loadDataDir: dump });
}

let shared: Promise<Database> | null = null;

/** One database per test file, prepared once; tests isolate themselves by creating their own tenants. */
function fileDatabase(): Promise<Database> {
  if (!shared) {
    shared = openTestDatabase();
    afterAll(async () => {
      await (await shared)?.close();
      shared = null;
    });
  }
  return shared;
}

export type TestApp = Awaited<ReturnType<typeof testApp>>;

export async function testApp() {
  const database = await fileDatabase();
  const log = createLogger("silent");
  const clock = new TestClock();
  const undeclared = new Set<string>();
  const { app, runner, routes } = await buildApp({
    database,
    log,
    clock: clock.now,
    publicUrl: "http://localhost:3000",
    onUndeclaredProblem: (message) => undeclared.add(message),
    verifyResponses: true,
  });
  // The OpenAPI document lists each operation's problem codes from its declaration: an answer outside it is a bug.
  afterAll(() => {
    if (undeclared.size > 0) {
      throw new Error(
        `Routes answered problem codes they do not declare; list them in the route's config.problems:\n${[...undeclared].join("\n")}`,
      );
    }
  });
  await app.ready();
  const systemCtx = () => createCtx({ db: database.db, log, now: clock.now() });
  for (const domain of domains) {
    await domain.init?.(systemCtx());
  }
  afterAll(() => app.close());
  return {
    app,
    db: database.db,
    kind: database.kind,
    clock,
    runner,
    /** The registered route table (method, url, operationId, auth, roles), as the denial matrix reads it. */
    routes,
    /** Runs every job due at the test clock's now. */
    runJobs: () => runDueJobs(runner, clock.now()),
    ctx: (actor: Actor = { kind: "system" }): Ctx => createCtx({ db: database.db, log, actor, now: clock.now() }),
    inject: (options: InjectOptions): Promise<LightMyRequestResponse> => app.inject(options),
  };
}
