import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { REPORTS_PER_HOUR } from "#domains/moderation/actions/report";
import { type Database, openDatabase } from "#platform/db";
import { createLogger } from "#platform/log";
import { readyWorker, worker } from "#test/given";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { buildApp } from "../src/app";

/**
 * The report limit holds across server processes: a second app with its own connection pool on the same PostgreSQL
 * database (all a second process shares with the first) sees the same count, even when both take reports at once.
 * PGlite is one process's database, so this needs a server.
 */
const skip = skipWithoutPostgres();
const t: TestApp | null = skip ? null : await testApp();

async function secondProcess(app: TestApp) {
  const result: unknown = await app.db.execute(sql`SELECT current_database() AS name`);
  const [row] = (result as { rows: { name: string }[] }).rows;
  const url = new URL(process.env.TEST_DATABASE_URL ?? "");
  url.pathname = `/${row?.name}`;
  const database: Database = await openDatabase({ url: url.toString(), dataDir: "" });
  const built = await buildApp({
    database,
    log: createLogger("silent"),
    clock: app.clock.now,
    publicUrl: "http://localhost:3000",
  });
  await built.app.ready();
  afterAll(async () => {
    await built.app.close();
    await database.close();
  });
  return built.app;
}

describe.skipIf(skip)(`the report limit on two app processes (${NEEDS_POSTGRES})`, () => {
  it(`lets exactly ${REPORTS_PER_HOUR} of many simultaneous reports through, whichever process takes them`, async () => {
    if (!t) {
      throw new Error(NEEDS_POSTGRES);
    }
    const other = await secondProcess(t);
    const hour = Math.ceil(t.clock.now().getTime() / 3_600_000) * 3_600_000;
    t.clock.set(new Date(hour + 10 * 60_000));
    const reporter = await readyWorker(t);
    const party = await worker(t);
    const attempts = Array.from({ length: REPORTS_PER_HOUR + 6 }, (_, n) =>
      (n % 2 === 0 ? t.app : other).inject({
        method: "POST",
        url: "/api/v1/reports",
        headers: reporter.headers,
        payload: {
          subjectType: "user",
          subjectId: party.me.id,
          rule: "CVG-1.3",
          details: `Report ${n}: threatening messages after I declined the extra work.`,
        },
      }),
    );
    const answers = await Promise.all(attempts);
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 201)).toHaveLength(REPORTS_PER_HOUR);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    for (const refused of answers.filter((a) => a.statusCode === 429)) {
      expect(refused.json().code).toBe("rate_limited");
      expect(refused.headers["retry-after"]).toBe("3000");
    }
    const listed = await other.inject({ method: "GET", url: "/api/v1/reports?limit=100", headers: reporter.headers });
    expect(listed.json().items).toHaveLength(REPORTS_PER_HOUR);
  });
});
