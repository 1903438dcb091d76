import { randomUUID } from "node:crypto";
import Fastify from "fastify";
import { serializerCompiler, validatorCompiler } from "fastify-type-provider-zod";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { Problem } from "#shared/problems";
import { acceptAllPolicies, act, call, client, draftAssignment, worker } from "#test/given";
import { testApp } from "#test/harness";
import { createLogger } from "../log";
import { registerErrorHandling } from "./errors";
import { honoursIdempotencyKey, problemsOf, watchDeclaredProblems } from "./route-contract";
import type { App } from "./types";

const t = await testApp();

describe("honoursIdempotencyKey: every POST, unless it opts out", () => {
  it("applies to POSTs by default and to no other method", () => {
    expect(honoursIdempotencyKey({ method: "POST", config: {} })).toBe(true);
    expect(honoursIdempotencyKey({ method: "POST", config: { auth: "public" } })).toBe(true);
    expect(honoursIdempotencyKey({ method: "POST", config: { idempotent: false } })).toBe(false);
    for (const method of ["GET", "PUT", "PATCH", "DELETE"] as const) {
      expect(honoursIdempotencyKey({ method, config: {} }), method).toBe(false);
    }
  });

  it("replays a worker's decline and accept, which took no key before the rule", async () => {
    const casey = await client(t);
    const [wren, bea] = [await worker(t), await worker(t)];
    for (const as of [casey, wren, bea]) {
      await acceptAllPolicies(t, as);
    }
    const draft = await draftAssignment(t, casey);
    await act(t, casey, draft.id, "send", { workerIds: [wren.me.id, bea.me.id] });
    for (const [as, verb, payload] of [
      [bea, "decline", { reason: "Too far" }],
      [wren, "accept", undefined],
    ] as const) {
      const key = randomUUID();
      const send = () =>
        call(t, as, {
          method: "POST",
          url: `/api/v1/assignments/${draft.id}/${verb}`,
          headers: { "idempotency-key": key },
          payload: payload ?? {},
        });
      const first = await send();
      expect(first.statusCode, first.body).toBe(200);
      const retry = await send();
      expect(retry.statusCode, retry.body).toBe(200);
      expect(retry.headers["idempotent-replayed"]).toBe("true");
      expect(retry.body).toBe(first.body);
    }
  });
});

describe("problemsOf: the platform's codes follow from the declaration", () => {
  it("derives auth, CSRF, validation, body, not-found and idempotency codes, then adds the route's own", () => {
    const read = problemsOf({ method: "GET", url: "/things", schema: {}, config: { auth: "public" } });
    expect(read).toEqual(["unauthenticated"]);
    const action = problemsOf({
      method: "POST",
      url: "/things/:id/close",
      schema: { params: z.object({ id: z.uuid() }) },
      config: { auth: "client", roles: ["admin"], problems: ["invalid_transition"] },
    });
    expect(action.sort()).toEqual(
      [
        "unauthenticated",
        "forbidden",
        "csrf_rejected",
        "validation_failed",
        "bad_request",
        "unsupported_media_type",
        "payload_too_large",
        "not_found",
        "idempotency_key_in_progress",
        "idempotency_key_reused",
        // A signed-in client's or worker's write passes the standing check (issue 15's sanctions).
        "account_restricted",
        "invalid_transition",
      ].sort(),
    );
    const preview = problemsOf({ method: "POST", url: "/preview", schema: {}, config: { idempotent: false } });
    expect(preview).not.toContain("idempotency_key_reused");
  });

  it("reports an answer whose code the route does not declare, and stays quiet for declared ones", async () => {
    const app = Fastify({ loggerInstance: createLogger("silent") }).withTypeProvider() as unknown as App;
    app.setValidatorCompiler(validatorCompiler);
    app.setSerializerCompiler(serializerCompiler);
    registerErrorHandling(app);
    const reported: string[] = [];
    watchDeclaredProblems(app, (message) => reported.push(message));
    app.get("/declared", { config: { problems: ["last_admin"] } }, () => {
      throw new Problem("last_admin", "Keep one admin.");
    });
    app.get("/undeclared", () => {
      throw new Problem("budget_exceeded", "Too much.");
    });
    app.get("/broken", () => {
      throw new Error("a bug is a 500, not a contract question");
    });
    for (const url of ["/declared", "/undeclared", "/broken", "/nowhere"]) {
      await app.inject({ method: "GET", url });
    }
    expect(reported).toEqual(["GET /undeclared answered 422 budget_exceeded"]);
    await app.close();
  });
});
