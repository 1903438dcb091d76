import { randomBytes } from "node:crypto";
import type { InjectOptions } from "fastify";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "#platform/db";
import { call, postingClient, readyWorker, sentAssignment } from "#test/given";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, TestClock } from "#test/harness";
import { type ServerProcess, startServer, stopServer } from "#test/server-process";

/**
 * Issue 13, Proof: "a notification made on one server process reaches an SSE client connected to another within
 * 2 s". Two real `worklane start` processes on one fresh PostgreSQL database; the fixtures are made through process
 * A's API (the same `given` helpers, over HTTP), the stream is read from process B.
 */
const skip = skipWithoutPostgres();

async function admin(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: process.env.TEST_DATABASE_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** The `given` helpers' view of a test app, answered by a real server over HTTP. */
function overHttp(url: string, database: Database): TestApp {
  const inject = async (options: InjectOptions) => {
    const headers: Record<string, string> = { ...(options.headers as Record<string, string>) };
    let body: string | undefined;
    if (options.payload !== undefined) {
      headers["content-type"] = "application/json";
      body = JSON.stringify(options.payload);
    }
    const response = await fetch(`${url}${options.url}`, { method: options.method ?? "GET", headers, body });
    const text = await response.text();
    const cookies = response.headers.getSetCookie().map((line) => {
      const [pair = ""] = line.split(";");
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1) };
    });
    return { statusCode: response.status, body: text, json: () => JSON.parse(text), cookies, headers: {} };
  };
  return { inject, db: database.db, clock: new TestClock() } as unknown as TestApp;
}

describe.skipIf(skip)(`the live stream across processes (${NEEDS_POSTGRES})`, () => {
  const name = `wl_sse_${process.pid}_${randomBytes(3).toString("hex")}`;
  const servers: ServerProcess[] = [];
  let database: Database | null = null;

  beforeAll(async () => {
    await admin(`CREATE DATABASE ${name}`);
    const url = new URL(process.env.TEST_DATABASE_URL ?? "");
    url.pathname = `/${name}`;
    const env = { DATABASE_URL: url.toString(), WORKLANE_JOBS: "off" };
    servers.push(await startServer(env));
    servers.push(await startServer(env));
    database = await openDatabase({ url: url.toString(), dataDir: "" });
  }, 300_000);

  afterAll(async () => {
    await Promise.all(servers.map(stopServer));
    await database?.close();
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }, 60_000);

  it("pushes a question asked on process A to the client's stream on process B within 2 s", async () => {
    const [a, b] = servers;
    if (!a || !b || !database) {
      throw new Error("the servers did not start");
    }
    const t = overHttp(a.url, database);
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);

    const controller = new AbortController();
    const stream = await fetch(`${b.url}/api/v1/notifications/stream?maxSeconds=60`, {
      headers: owner.headers,
      signal: controller.signal,
    });
    expect(stream.status).toBe(200);
    const reader = stream.body?.getReader();
    const decoder = new TextDecoder();
    let text = decoder.decode((await reader?.read())?.value);
    expect(text).toContain("event: unread");

    const asked = Date.now();
    const posted = await call(t, ann, {
      method: "POST",
      url: `/api/v1/assignments/${sent.id}/messages`,
      payload: { kind: "question", body: "Is there parking?" },
    });
    expect(posted.statusCode, posted.body).toBe(201);
    while (!text.includes("event: notification") && Date.now() - asked < 5_000) {
      const chunk = await Promise.race([
        reader?.read(),
        new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), 5_000)),
      ]);
      text += chunk?.value ? decoder.decode(chunk.value) : "";
    }
    const elapsed = Date.now() - asked;
    expect(text).toContain('"type":"question.asked"');
    expect(elapsed).toBeLessThan(2_000);
    controller.abort();
  }, 120_000);
});
