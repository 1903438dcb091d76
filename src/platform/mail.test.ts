import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq, type Placeholder, sql } from "drizzle-orm";
import { pino } from "pino";
import { describe, expect, it, vi } from "vitest";
import { testApp } from "#test/harness";
import { createJobRunner, runDueJobs } from "./jobs";
import { mailWritesFrom, sendMail } from "./mail";
import { type Params, placeholders, toQuery } from "./prepared";
import { jobs, mailOutbox } from "./tables";

const t = await testApp();

/** A runner with every registered handler whose log lines land in `lines`. */
function capturingRunner() {
  const lines: Record<string, unknown>[] = [];
  const log = pino({ level: "info" }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { lines, runner: createJobRunner(t.db, log, [...t.runner.handlers.values()]) };
}

describe("the mail outbox", () => {
  it("writes a statement's mails with its title as their subject: notify passes the title once, not twice", () => {
    const p = placeholders as Params<{ title: string; mailText: string; now: string }>;
    const query = toQuery(sql`WITH "m" AS (SELECT 1), ${mailWritesFrom(sql`"m"`, p)} SELECT 1`);
    const names = query.params.map((param) => (param as Placeholder).name);
    expect(names).toContain("title");
    expect(names).not.toContain("subject");
  });

  it("queues mail in the caller's transaction; the mail.send job sends it once and logs it", async () => {
    const to = `${randomUUID()}@example.test`;
    const id = await t.db.transaction((tx) =>
      sendMail(tx, t.ctx(), { to, subject: "Welcome to Worklane", text: "Hello there." }),
    );
    const [queued] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(queued).toMatchObject({ to, status: "queued", sentAt: null });
    const [job] = await t.db
      .select()
      .from(jobs)
      .where(eq(jobs.key, `mail:${id}`));
    expect(job).toMatchObject({ name: "mail.send", status: "queued", payload: { id } });

    const { lines, runner } = capturingRunner();
    const now = t.clock.now();
    await runDueJobs(runner, now);
    await runDueJobs(runner, now);
    const [sent] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, id));
    expect(sent).toMatchObject({ status: "sent", sentAt: now });
    const logged = lines.filter((line) => (line.mail as { to?: string } | undefined)?.to === to);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ msg: "mail sent (dev transport)", mail: { subject: "Welcome to Worklane" } });
  });

  it("leaves no mail and no job when the transaction rolls back", async () => {
    const to = `${randomUUID()}@example.test`;
    await expect(
      t.db.transaction(async (tx) => {
        await sendMail(tx, t.ctx(), { to, subject: "Never sent", text: "…" });
        throw new Error("the action failed after queueing mail");
      }),
    ).rejects.toThrow("the action failed");
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, to))).toEqual([]);
  });

  it("does not send twice if the job runs again for a mail already sent", async () => {
    const to = `${randomUUID()}@example.test`;
    const id = await t.db.transaction((tx) => sendMail(tx, t.ctx(), { to, subject: "Once", text: "Only once." }));
    const { lines, runner } = capturingRunner();
    await runDueJobs(runner, t.clock.now());
    const handler = runner.handlers.get("mail.send");
    await t.db.transaction(async (tx) =>
      handler?.run({ ...t.ctx(), log: runner.log, transaction: (fn) => fn(tx) }, { id }),
    );
    expect(lines.filter((line) => (line.mail as { to?: string } | undefined)?.to === to)).toHaveLength(1);
  });

  it("also writes each sent mail to WORKLANE_MAIL_DIR as JSON, when it is set", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "worklane-mail-"));
    vi.stubEnv("WORKLANE_MAIL_DIR", dir);
    try {
      const to = `${randomUUID()}@example.test`;
      await t.db.transaction((tx) => sendMail(tx, t.ctx(), { to, subject: "Dropped", text: "Read me from disk." }));
      await runDueJobs(capturingRunner().runner, t.clock.now());
      const dropped = readdirSync(dir).map((name) => JSON.parse(readFileSync(path.join(dir, name), "utf8")));
      expect(dropped.filter((mail) => mail.to === to)).toEqual([
        { to, subject: "Dropped", text: "Read me from disk." },
      ]);
    } finally {
      vi.unstubAllEnvs();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
