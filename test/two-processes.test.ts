import { setTimeout as sleep } from "node:timers/promises";
import { inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "#platform/db";
import { sendMail } from "#platform/mail";
import { jobs, mailOutbox } from "#platform/tables";
import { PASSWORD, uniqueEmail } from "./given";
import { NEEDS_POSTGRES, skipWithoutPostgres } from "./harness";
import { postgresTarget, type ServerProcess, startServer, stopServer, type Target } from "./server-process";

/**
 * Issue 2: "a test that starts two server processes on one PostgreSQL database and shows that a session made on
 * one works on the other and that a job runs exactly once". Real processes (`worklane start`), real ports, a fresh
 * database, no shortcuts: sessions, jobs and the queue's locks live only in PostgreSQL.
 */

const skip = skipWithoutPostgres();

describe.skipIf(skip)(`two server processes on one PostgreSQL database (${NEEDS_POSTGRES})`, () => {
  const servers: ServerProcess[] = [];
  let target: Target | null = null;
  let database: Database | null = null;

  beforeAll(async () => {
    target = await postgresTarget();
    const env = { ...target.env, JOB_POLL_MS: "100", WORKLANE_JOBS: "on" };
    // Both start together: migrations and start-up work must be safe when two processes race on them.
    servers.push(...(await Promise.all([startServer(env), startServer(env)])));
    database = await openDatabase({ url: target.env.DATABASE_URL ?? "", dataDir: "" });
  }, 180_000);

  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await database?.close();
    await target?.cleanup();
  }, 60_000);

  const [a, b] = [() => servers[0]?.url ?? "", () => servers[1]?.url ?? ""];

  it("accepts on process B a session made on process A, and ends it on both", async () => {
    const email = uniqueEmail();
    const json = { "content-type": "application/json" };
    const signUp = await fetch(`${a()}/api/v1/auth/signup`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD, name: "Two Proc", accountType: "worker" }),
    });
    expect(signUp.status).toBe(202);
    const login = await fetch(`${a()}/api/v1/auth/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    expect(cookie).toMatch(/^wl_session=/);
    const me = await fetch(`${b()}/api/v1/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { id: string }).id).toBe(((await login.json()) as { id: string }).id);

    expect((await fetch(`${b()}/api/v1/auth/logout`, { method: "POST", headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${a()}/api/v1/me`, { headers: { cookie } })).status).toBe(401);
  });

  it("runs each queued job exactly once, with both processes taking jobs", async () => {
    if (!database) {
      throw new Error("the database did not open");
    }
    const db = database.db;
    const ids: string[] = [];
    const takers = async () => {
      const rows = await db
        .selectDistinct({ by: jobs.lockedBy })
        .from(jobs)
        .where(inArray(sql`${jobs.payload}->>'id'`, ids.length > 0 ? ids : [""]));
      return rows.filter((r) => r.by !== null).length;
    };
    // Waves of mail until both processes have taken some: which poller wins a wave is up to the scheduler.
    for (let wave = 0; ids.length < 100 || ((await takers()) < 2 && ids.length < 1000); wave++) {
      const queued = await db.transaction(async (tx) => {
        const batch: string[] = [];
        for (let n = 0; n < 25; n++) {
          batch.push(
            await sendMail(tx, { now: new Date() }, { to: `p${wave}-${n}@example.test`, subject: "hi", text: "." }),
          );
        }
        return batch;
      });
      ids.push(...queued);
      await sleep(120);
    }
    const deadline = Date.now() + 60_000;
    let mails = await db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
    while (mails.some((m) => m.status !== "sent") && Date.now() < deadline) {
      await sleep(200);
      mails = await db.select().from(mailOutbox).where(inArray(mailOutbox.id, ids));
    }
    expect(mails).toHaveLength(ids.length);
    expect(mails.filter((m) => m.status !== "sent" || !m.sentAt)).toEqual([]);

    const runs = await db
      .select()
      .from(jobs)
      .where(inArray(sql`${jobs.payload}->>'id'`, ids));
    expect(runs).toHaveLength(ids.length);
    expect(runs.filter((job) => job.name !== "mail.send" || job.status !== "done" || job.attempts !== 1)).toEqual([]);
    expect(new Set(runs.map((job) => job.lockedBy)).size).toBe(2);
  }, 120_000);
});
