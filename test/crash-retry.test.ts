import { randomUUID } from "node:crypto";
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
 * Issue 7 item 2: an Idempotency-Key must not stay "in progress" after a crash. A real server process is killed
 * (SIGKILL, from a fault point: test-only, armed by WORKLANE_FAULT) right before and right after the action's
 * transaction commits; the retry with the same key on a restarted server must replay the created record (after) or
 * create it once (before), never answer 409 and never create two. Run on PGlite in the embedded pass, on PostgreSQL
 * in the PostgreSQL pass (TEST_DATABASE_URL).
 */

function createApiKey(server: ServerProcess, cookie: string, key: string, name: string) {
  return fetch(`${server.url}/api/v1/api-keys`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "idempotency-key": key },
    body: JSON.stringify({ name }),
  });
}

async function crashRetry(target: Target): Promise<void> {
  const running: ServerProcess[] = [];
  const boot = async (fault?: string) => {
    const server = await startServer({ ...target.env, WORKLANE_FAULT: fault, WORKLANE_JOBS: "off" });
    running.push(server);
    return server;
  };
  try {
    const afterKey = `crash-after-${randomUUID()}`;
    const beforeKey = `crash-before-${randomUUID()}`;
    const first = await boot(`idempotency.after-commit:${afterKey}`);
    const email = uniqueEmail("crash");
    const json = { "content-type": "application/json" };
    const signUp = await fetch(`${first.url}/api/v1/auth/signup`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD, name: "Crash Test", accountType: "worker" }),
    });
    expect(signUp.status).toBe(202);
    const login = await fetch(`${first.url}/api/v1/auth/login`, {
      method: "POST",
      headers: json,
      body: JSON.stringify({ email, password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0] ?? "";

    // Killed after the commit, before the answer left: the client sees the connection drop.
    await expect(createApiKey(first, cookie, afterKey, "after the commit")).rejects.toThrow();
    expect(await exited(first)).toBe("SIGKILL");

    const second = await boot(`idempotency.before-commit:${beforeKey}`);
    const replayed = await createApiKey(second, cookie, afterKey, "after the commit");
    expect(replayed.status, await replayed.clone().text()).toBe(201);
    expect(replayed.headers.get("idempotent-replayed")).toBe("true");
    const afterId = ((await replayed.json()) as { apiKey: { id: string } }).apiKey.id;

    // Killed before the commit: nothing of the first attempt may remain.
    await expect(createApiKey(second, cookie, beforeKey, "before the commit")).rejects.toThrow();
    expect(await exited(second)).toBe("SIGKILL");

    const third = await boot();
    const fresh = await createApiKey(third, cookie, beforeKey, "before the commit");
    expect(fresh.status, await fresh.clone().text()).toBe(201);
    expect(fresh.headers.get("idempotent-replayed")).toBeNull();
    const beforeId = ((await fresh.json()) as { apiKey: { id: string } }).apiKey.id;
    const again = await createApiKey(third, cookie, beforeKey, "before the commit");
    expect(again.headers.get("idempotent-replayed")).toBe("true");

    const list = await fetch(`${third.url}/api/v1/api-keys`, { headers: { cookie } });
    const items = ((await list.json()) as { items: { id: string; name: string }[] }).items;
    expect(items.map((item) => item.id).sort()).toEqual([afterId, beforeId].sort());
  } finally {
    await Promise.all(running.map(stopServer));
  }
}

describe("a crash between an action's commit and its answer (kill -9 at a fault point)", () => {
  const targets: Target[] = [];
  afterAll(async () => {
    await Promise.all(targets.map((target) => target.cleanup()));
  }, 60_000);

  // Each pass of the suite crashes the database it tests (a skipped test fails CI): the embedded pass PGlite, the
  // PostgreSQL pass (TEST_DATABASE_URL) PostgreSQL.
  if (usingPostgres) {
    it("on PostgreSQL: the retry with the same key replays the committed answer, or runs once", async () => {
      const target = await postgresTarget();
      targets.push(target);
      await crashRetry(target);
    }, 300_000);
  } else {
    it("on PGlite: the retry with the same key replays the committed answer, or runs once", async () => {
      const target = pgliteTarget();
      targets.push(target);
      await crashRetry(target);
    }, 300_000);
  }
});
