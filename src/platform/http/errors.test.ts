import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { problemCodes } from "#shared/problems";
import { client } from "#test/given";
import { testApp } from "#test/harness";
import { buildApp } from "../../app";
import { createCtx } from "../context";
import type { Db } from "../db";
import { createLogger } from "../log";
import { recurringJobs } from "../tables";
import { registerErrorHandling, toProblem } from "./errors";
import type { App } from "./types";

const t = await testApp();

function expectProblem(response: Awaited<ReturnType<typeof t.inject>>, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  const body = response.json();
  expect(body).toMatchObject({ status, code, title: problemCodes[code as keyof typeof problemCodes].title });
  expect(typeof body.detail).toBe("string");
  expect(body.requestId).toBe(response.headers["x-request-id"]);
  return body;
}

describe("problem documents for what Fastify refuses", () => {
  it("answers an unknown API route with 404 not_found", async () => {
    expectProblem(await t.inject({ method: "GET", url: "/api/v1/no-such-thing" }), 404, "not_found");
    expectProblem(await t.inject({ method: "POST", url: "/api/v1/no-such-thing", payload: {} }), 404, "not_found");
  });

  it("answers a known path with the wrong method with 405 and an Allow header", async () => {
    const response = await t.inject({ method: "DELETE", url: "/api/v1/me" });
    expectProblem(response, 405, "method_not_allowed");
    expect(String(response.headers.allow).split(", ").sort()).toEqual(["GET", "PATCH"]);
  });

  it("answers a body over 1 MB with 413 payload_too_large", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: "a@example.test", password: "x".repeat(1_100_000) },
    });
    expectProblem(response, 413, "payload_too_large");
  });

  it("answers invalid JSON with 400 bad_request", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/json" },
      payload: '{"email": "a@example.test",',
    });
    expectProblem(response, 400, "bad_request");
  });

  it("answers an unsupported content type with 415", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      headers: { "content-type": "application/xml" },
      payload: "<login/>",
    });
    expectProblem(response, 415, "unsupported_media_type");
  });

  it("answers a schema violation with 400 validation_failed and a pointer per field", async () => {
    const response = await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email: 7 } });
    const body = expectProblem(response, 400, "validation_failed");
    expect(body.errors.map((e: { pointer: string }) => e.pointer).sort()).toEqual(["/body/email", "/body/password"]);
  });
});

describe("database refusals", () => {
  let conflictingAttempts = 0;
  /** A bare app with only the error handler, whose routes make the real driver fail. */
  async function failingApp() {
    const app = Fastify({ loggerInstance: createLogger("silent") }) as unknown as App;
    registerErrorHandling(app);
    app.get("/duplicate", async () => {
      const row = { name: `dup-${Math.random()}`, everySeconds: 60, nextRunAt: new Date() };
      await t.db.insert(recurringJobs).values(row);
      await t.db.insert(recurringJobs).values(row);
    });
    app.get("/bad-data", async () => t.db.execute("SELECT 'not a uuid'::uuid"));
    app.get("/deadlock", async () => {
      // What inTransaction rethrows after its last try: Drizzle's wrapper around the driver's error.
      throw Object.assign(new Error("Failed query"), { cause: { code: "40P01", message: "deadlock detected" } });
    });
    app.get("/always-conflicting", async () => {
      // A transaction PostgreSQL aborts as a serialization failure on every try, so inTransaction gives up.
      await createCtx({ db: t.db, log: createLogger("silent") }).transaction(async (tx) => {
        conflictingAttempts += 1;
        await tx.execute("DO $$ BEGIN RAISE EXCEPTION 'conflict' USING ERRCODE = '40001'; END $$");
      });
    });
    app.get("/crash", async () => {
      throw new Error("secret internals");
    });
    return app;
  }

  it(`maps SQLSTATE 23505 to 409 conflict and 22xxx to 400 on ${t.kind}`, async () => {
    const app = await failingApp();
    const duplicate = await app.inject({ method: "GET", url: "/duplicate" });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().code).toBe("conflict");
    const bad = await app.inject({ method: "GET", url: "/bad-data" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    await app.close();
  });

  it("answers a deadlock or serialization failure that outlived the retries with 503 busy_retry and Retry-After", async () => {
    const app = await failingApp();
    const busy = await app.inject({ method: "GET", url: "/deadlock" });
    expect(busy.statusCode).toBe(503);
    expect(busy.headers["retry-after"]).toBe("1");
    expect(busy.headers["content-type"]).toContain("application/problem+json");
    expect(busy.json()).toMatchObject({
      status: 503,
      code: "busy_retry",
      title: problemCodes.busy_retry.title,
      detail: "The server was busy with conflicting changes; nothing was saved. Try again.",
    });
    expect(busy.body).not.toContain("deadlock detected");
    expect(toProblem({ code: "40001" })?.code).toBe("busy_retry");
    expect(toProblem({ cause: { code: "40P01" } })?.status).toBe(503);
    await app.close();
  });

  it(`answers 503 busy_retry when every try of a transaction is rolled back as a conflict on ${t.kind}`, async () => {
    const app = await failingApp();
    conflictingAttempts = 0;
    const busy = await app.inject({ method: "GET", url: "/always-conflicting" });
    expect(conflictingAttempts).toBe(3);
    expect(busy.statusCode).toBe(503);
    expect(busy.headers["retry-after"]).toBe("1");
    expect(busy.json().code).toBe("busy_retry");
    await app.close();
  });

  it("answers anything else with 500 internal and no internal detail", async () => {
    const app = await failingApp();
    const crash = await app.inject({ method: "GET", url: "/crash" });
    expect(crash.statusCode).toBe(500);
    expect(crash.json().code).toBe("internal");
    expect(crash.body).not.toContain("secret internals");
    await app.close();
  });

  it("maps by class and SQLSTATE, not by message", () => {
    expect(toProblem({ code: "23505", message: "anything" })?.code).toBe("conflict");
    expect(toProblem({ cause: { code: "23505" } })?.code).toBe("conflict");
    expect(toProblem(new Error("duplicate key value violates unique constraint"))).toBeNull();
  });
});

describe("GET /health", () => {
  it("reports the database it checked", async () => {
    const response = await t.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: t.kind });
  });

  it("answers 503 when the database does not answer", async () => {
    const down = {
      execute: async () => {
        throw new Error("connection refused");
      },
    } as unknown as Db;
    const { app } = await buildApp({
      database: { db: down, kind: "postgres", migrate: async () => undefined, close: async () => undefined },
      log: createLogger("silent"),
      publicUrl: "http://localhost:3000",
    });
    const response = await app.inject({ method: "GET", url: "/health" });
    expect(response.statusCode).toBe(503);
    expect(response.json().code).toBe("unavailable");
    await app.close();
  });

  it("answers logged in or out alike", async () => {
    const casey = await client(t);
    const response = await t.inject({ method: "GET", url: "/health", headers: casey.headers });
    expect(response.statusCode).toBe(200);
  });
});
