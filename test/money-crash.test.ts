import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD, uniqueEmail } from "./given";
import { usingPostgres } from "./harness";
import {
  exited,
  pgliteTarget,
  postgresTarget,
  type ServerProcess,
  startServer,
  stopServer,
  type Target,
} from "./server-process";

/**
 * Issue 11's crash proof: a bounded random money workload (fund by wire, pay invoices, withdraw earnings), every
 * operation with its own Idempotency-Key, driven over HTTP against a real server that is killed with SIGKILL
 * several times: right after a funding's commit, right before a payment's commit, and at a random moment. The
 * driver retries whatever was not answered, with the same key, against the restarted server. At the end the staff
 * ledger check is clean and every answered operation happened exactly once (fundings, paid invoices and payouts
 * match the answers one for one, and the company's balance is what they add up to). Then issue 15's agreement: a
 * settlement accepted through a kill before and after its commit executes once.
 */

const root = path.resolve(import.meta.dirname, "..");
const INVOICES = 4;
const INVOICE_TOTAL = 10_000; // a flat 100.00, before the fee

interface Person {
  email: string;
  cookie: string;
}

interface Op {
  key: string;
  kind: "fund" | "pay" | "payout";
  amount: number;
  invoice?: number;
}

interface Answer {
  op: Op;
  status: number;
  replayed: boolean;
}

/** One server after another over the same database; `fetch` retries through a crash with the same request. */
function servers(target: Target, mailDir: string) {
  let current: ServerProcess | null = null;
  const plan: (string | undefined)[] = [];
  const all: ServerProcess[] = [];
  const boot = async () => {
    current = await startServer({ ...target.env, WORKLANE_MAIL_DIR: mailDir, WORKLANE_FAULT: plan.shift() });
    all.push(current);
    return current;
  };
  const request = async (person: Person | null, method: string, url: string, body?: unknown, key?: string) => {
    for (;;) {
      const server = current ?? (await boot());
      const answer = await fetch(`${server.url}/api/v1${url}`, {
        method,
        headers: {
          ...(body === undefined ? {} : { "content-type": "application/json" }),
          ...(person ? { cookie: person.cookie } : {}),
          ...(key ? { "idempotency-key": key } : {}),
        },
        body: body === undefined ? undefined : JSON.stringify(body),
      }).catch(() => null);
      if (answer && answer.status < 500) {
        const text = await answer.text();
        const json = text ? (JSON.parse(text) as Record<string, unknown>) : {};
        if (json.code !== "idempotency_key_in_progress") {
          return { status: answer.status, body: json, headers: answer.headers };
        }
      }
      if (!answer) {
        // The connection dropped: the server was killed. The next one starts on the same database.
        expect(await exited(server)).toBe("SIGKILL");
        current = null;
      }
      await sleep(100);
    }
  };
  const stop = async () => {
    current = null;
    await Promise.all(all.map(stopServer));
  };
  return { plan, boot, request, all, current: () => current, stop };
}

async function crashWorkload(target: Target): Promise<void> {
  const mailDir = mkdtempSync(path.join(tmpdir(), "wl-money-mail-"));
  const run = servers(target, mailDir);
  const ok = async (person: Person | null, method: string, url: string, body?: unknown) => {
    const answer = await run.request(person, method, url, body, randomUUID());
    expect(answer.status, `${method} ${url}: ${JSON.stringify(answer.body)}`).toBeLessThan(300);
    return answer.body;
  };
  const tokenFor = async (email: string) => {
    for (let i = 0; i < 200; i++) {
      for (const file of readdirSync(mailDir).filter((name) => name.endsWith(".json") && !name.startsWith("."))) {
        const mail = JSON.parse(readFileSync(path.join(mailDir, file), "utf8")) as { to: string; text: string };
        const token = mail.to === email ? /verify-email\?token=([\w-]+)/.exec(mail.text)?.[1] : undefined;
        if (token) {
          return token;
        }
      }
      await sleep(100);
    }
    throw new Error(`no verification mail for ${email}`);
  };
  const person = async (account: Record<string, unknown>): Promise<Person> => {
    const email = uniqueEmail("money");
    await ok(null, "POST", "/auth/signup", { ...account, email, password: PASSWORD });
    await ok(null, "POST", "/auth/verify-email", { token: await tokenFor(email) });
    const login = await run.request(null, "POST", "/auth/login", { email, password: PASSWORD });
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const who = { email, cookie };
    const pending = ((await ok(who, "GET", "/policies")).pending as { versionId: string }[]) ?? [];
    if (pending.length > 0) {
      await ok(who, "POST", "/policies/accept", { versionIds: pending.map((p) => p.versionId) });
    }
    return who;
  };

  try {
    // Set-up on a server that is never killed: a client, a worker, and four approved assignments with open invoices.
    const client = await person({ name: "Mo Money", accountType: "client", companyName: "Crash Test Co" });
    const worker = await person({ name: "Wes Worker", accountType: "worker" });
    const workerId = ((await ok(worker, "GET", "/me")) as { id: string }).id;
    // Payouts go only to a verified account: the sandbox's documented micro-deposits are 32 and 45.
    const bank = (await ok(worker, "POST", "/payouts/accounts", {
      holderName: "Wes Worker",
      routingNumber: "110000000",
      accountNumber: "000123456789",
    })) as { id: string };
    await ok(worker, "POST", `/payouts/accounts/${bank.id}/verify`, { amounts: [32, 45] });
    const approvedWork = async (title: string) => {
      const draft = (await ok(client, "POST", "/assignments", {
        title,
        description: "Reset the store router to the new configuration and confirm every register reconnects.",
        locationType: "remote",
        timeZone: "America/Chicago",
        schedule: { type: "fixed", startsAt: "2027-03-02T15:00:00Z", endsAt: "2027-03-02T18:00:00Z" },
        pricing: { type: "flat", amount: INVOICE_TOTAL },
        paymentTermsDays: 30,
      })) as { id: string };
      await ok(client, "POST", `/assignments/${draft.id}/send`, { workerIds: [workerId] });
      await ok(worker, "POST", `/assignments/${draft.id}/accept`);
      await ok(worker, "POST", `/assignments/${draft.id}/submit`, {});
      await ok(client, "POST", `/assignments/${draft.id}/approve`, {});
      return draft.id;
    };
    for (let i = 0; i < INVOICES; i++) {
      await approvedWork(`Reset the router at store ${i + 1}`);
    }
    let invoices: { id: string; total: number }[] = [];
    for (let i = 0; i < 300 && invoices.length < INVOICES; i++) {
      invoices = ((await ok(client, "GET", "/invoices?status=open")).items as typeof invoices) ?? [];
      await sleep(100);
    }
    expect(invoices).toHaveLength(INVOICES);

    // The workload, bounded and random; the first funding and the first payment carry the two fault points.
    const ops: Op[] = Array.from({ length: 24 }, (_, i) => {
      const kind = (["fund", "pay", "payout"] as const)[i < 2 ? i : Math.floor(Math.random() * 3)] ?? "fund";
      return {
        key: `money-${i}-${randomUUID()}`,
        kind,
        // The first funding covers the first payment (an invoice of 110.00), so the fault points see both succeed.
        amount:
          i === 0
            ? 500_00
            : kind === "fund"
              ? 5_000 + Math.floor(Math.random() * 20_000)
              : 100 + Math.floor(Math.random() * 5_000),
        invoice: Math.floor(Math.random() * INVOICES),
      } satisfies Op;
    });
    const [firstFund, firstPay] = ops as [Op, Op];
    await run.stop();
    run.plan.push(`idempotency.after-commit:${firstFund.key}`, `idempotency.before-commit:${firstPay.key}`);
    await run.boot();
    const answers: Answer[] = [];
    let randomKills = 0;
    let killed: Promise<void> = Promise.resolve();
    for (const [index, op] of ops.entries()) {
      if (index === 4 || index === 12) {
        // A kill at a random moment of the next requests, not at a chosen point.
        const victim = run.current();
        killed = new Promise((resolve) =>
          setTimeout(() => resolve(void victim?.process.kill("SIGKILL")), Math.floor(Math.random() * 40)),
        );
        randomKills += 1;
      }
      if (index === 7 || index === 15) {
        // On a fast database three requests can finish before the moment comes: the kill lands by now, however fast.
        await killed;
      }
      const answer =
        op.kind === "fund"
          ? await run.request(
              client,
              "POST",
              "/payments/funding",
              { amount: op.amount, currency: "USD", method: "wire" },
              op.key,
            )
          : op.kind === "pay"
            ? await run.request(client, "POST", `/invoices/${invoices[op.invoice ?? 0]?.id}/pay`, undefined, op.key)
            : await run.request(worker, "POST", "/payouts", { amount: op.amount, currency: "USD" }, op.key);
      answers.push({ op, status: answer.status, replayed: answer.headers.get("idempotent-replayed") === "true" });
    }
    expect(randomKills).toBe(2);
    expect(answers.filter((a) => a.status >= 300 && a.status !== 422 && a.status !== 409)).toEqual([]);
    // Killed after the funding's commit: the retry replays it. Killed before the payment's commit: it runs afresh.
    expect(answers.slice(0, 2).map((a) => [a.status, a.replayed])).toEqual([
      [201, true],
      [200, false],
    ]);
    expect(run.all.length, "set-up, then a server per kill: two fault points, two random ones").toBe(6);
    await run.stop();

    // A staff account (the CLI writes only while no server runs on an embedded folder), then the checks.
    const staff = { email: uniqueEmail("ledger-staff"), cookie: "" };
    await promisify(execFile)(
      process.execPath,
      ["bin/worklane.js", "staff", "create", "--role", "admin", "--email", staff.email, "--password", PASSWORD],
      { cwd: root, env: { ...process.env, ...target.env } as NodeJS.ProcessEnv },
    );
    const login = await run.request(null, "POST", "/auth/login", { email: staff.email, password: PASSWORD });
    staff.cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const check = await ok(staff, "GET", "/staff/ledger/check");
    expect(check).toMatchObject({ ok: true, differences: [], unbalanced: [], belowFloor: [] });

    const succeeded = (kind: Op["kind"]) => answers.filter((a) => a.op.kind === kind && a.status < 300);
    const sorted = (amounts: number[]) => [...amounts].sort((a, b) => a - b);
    const fundings = (await ok(client, "GET", "/payments/funding")).items as { amount: number }[];
    expect(sorted(fundings.map((f) => f.amount))).toEqual(sorted(succeeded("fund").map((a) => a.op.amount)));
    const payouts = (await ok(worker, "GET", "/payouts")).items as { amount: number }[];
    expect(sorted(payouts.map((p) => p.amount))).toEqual(sorted(succeeded("payout").map((a) => a.op.amount)));
    const paidNow = (await ok(client, "GET", "/invoices?status=paid")).items as { id: string; total: number }[];
    const paidByAnswers = new Set(succeeded("pay").map((a) => invoices[a.op.invoice ?? 0]?.id));
    expect(new Set(paidNow.map((i) => i.id))).toEqual(paidByAnswers);
    const balance = (await ok(client, "GET", "/payments/balance")) as { balances: { available: number }[] };
    const funded = fundings.reduce((sum, f) => sum + f.amount, 0);
    const paid = paidNow.reduce((sum, i) => sum + i.total, 0);
    expect(balance.balances[0]?.available ?? 0).toBe(funded - paid);

    // Issue 15: an agreement executes exactly once through a crash. The company's accept of a settlement the worker
    // proposed is killed once right before its commit (the retry executes it) and once right after (the retry
    // replays the first answer); the worker is paid each amount once and the ledger stays clean.
    await ok(client, "POST", "/payments/funding", { amount: 500_00, currency: "USD", method: "wire" });
    const earned = async () =>
      ((await ok(worker, "GET", "/payments/balance")) as { balances: { available: number }[] }).balances[0]
        ?.available ?? 0;
    const earnedBefore = await earned();
    const cases: { url: string; key: string; fault: "before-commit" | "after-commit"; amount: number }[] = [];
    for (const [i, fault] of (["before-commit", "after-commit"] as const).entries()) {
      const assignmentId = await approvedWork(`Disputed router reset ${i + 1}`);
      for (let tries = 0; tries < 300; tries++) {
        const open = (await ok(client, "GET", `/invoices?assignmentId=${assignmentId}`)).items as unknown[];
        if (open.length > 0) {
          break;
        }
        await sleep(100);
      }
      const opened = (await ok(worker, "POST", `/assignments/${assignmentId}/escalations`, {
        category: "payment_not_received",
        details: "The invoice is open and nothing has been paid.",
        desiredOutcome: "Pay what was agreed.",
      })) as { id: string };
      const amount = 40_00 + i * 10_00;
      const url = `/escalations/${opened.id}`;
      const proposed = (await ok(worker, "POST", `${url}/proposals`, { kind: "pay", amount })) as {
        proposals: { id: string }[];
      };
      cases.push({ url: `${url}/proposals/${proposed.proposals[0]?.id}/accept`, key: randomUUID(), fault, amount });
    }
    await run.stop();
    run.plan.push(...cases.map((c) => `idempotency.${c.fault}:${c.key}`));
    await run.boot();
    for (const c of cases) {
      const accepted = await run.request(client, "POST", c.url, undefined, c.key);
      const replayed = accepted.headers.get("idempotent-replayed") === "true";
      expect([accepted.status, replayed, accepted.body.status]).toEqual([200, c.fault === "after-commit", "resolved"]);
    }
    expect(await earned()).toBe(earnedBefore + cases.reduce((sum, c) => sum + c.amount, 0));
    expect(await ok(staff, "GET", "/staff/ledger/check")).toMatchObject({ ok: true, differences: [], belowFloor: [] });
  } finally {
    await run.stop();
    rmSync(mailDir, { recursive: true, force: true });
  }
}

describe("money under kill -9 (issues 11 and 15): every answered operation exactly once, the ledger clean", () => {
  const targets: Target[] = [];
  afterAll(async () => {
    await Promise.all(targets.map((target) => target.cleanup()));
  }, 60_000);

  // Each pass crashes the database it tests, as test/crash-retry.test.ts does.
  it(`on ${usingPostgres ? "PostgreSQL" : "PGlite"}`, async () => {
    const target = usingPostgres ? await postgresTarget() : pgliteTarget();
    targets.push(target);
    await crashWorkload(target);
  }, 600_000);
});
