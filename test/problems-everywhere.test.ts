import { once } from "node:events";
import { connect } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";
import Fastify from "fastify";
import { describe, expect, it } from "vitest";
import { answerWhileClosing } from "#platform/http/early-errors";
import { registerErrorHandling } from "#platform/http/errors";
import type { App } from "#platform/http/types";
import { problemCodes } from "#shared/problems";
import { assignedAssignment, call, multipartFile, PNG_BYTES } from "./given";
import { testApp } from "./harness";

/**
 * Issue 7 item 7: every error the server can produce is a problem document (RFC 9457), whichever layer refuses:
 * the multipart parser, the router, Node's HTTP parser. Page routes answer HEAD.
 */

const t = await testApp();

function expectProblem(response: Awaited<ReturnType<typeof t.inject>>, status: number, code: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers["content-type"]).toContain("application/problem+json");
  expect(response.json()).toMatchObject({ status, code, title: problemCodes[code as keyof typeof problemCodes].title });
}

describe("every error is a problem document", () => {
  it("answers a multipart request without a boundary with 400 on both upload routes", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const files = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}/deliverables` });
    const upload = [
      [owner, `/api/v1/assignments/${assignment.id}/attachments`],
      [assignee, `/api/v1/assignments/${assignment.id}/deliverables/requirements/${crypto.randomUUID()}/files`],
    ] as const;
    expect(files.statusCode).toBe(200);
    for (const [as, url] of upload) {
      for (const contentType of ["multipart/form-data", "multipart/form-data; boundary=", "multipart/mixed"]) {
        const body = multipartFile(PNG_BYTES, "a.png", "image/png").payload;
        for (const headers of [{}, { "idempotency-key": crypto.randomUUID() }]) {
          const response = await call(t, as, {
            method: "POST",
            url,
            payload: body,
            headers: { ...headers, "content-type": contentType },
          });
          expect(response.statusCode, `${url} ${contentType}: ${response.body}`).toBeLessThan(500);
          expect(response.headers["content-type"]).toContain("application/problem+json");
        }
      }
    }
  });

  it("answers a path parameter over the router's limit with 414 as a problem document", async () => {
    const response = await t.inject({ method: "GET", url: `/api/v1/assignments/${"a".repeat(101)}` });
    expectProblem(response, 414, "uri_too_long");
  });

  it("answers a request Node cannot parse with a 400 problem document, not Node's own JSON", async () => {
    await t.app.listen({ port: 0, host: "127.0.0.1" });
    const address = t.app.server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    for (const raw of ["GET /health HTTP/1.1\r\nHost: x\r\nBad Header\r\n\r\n", "NONSENSE\r\n\r\n"]) {
      const socket = connect(port, "127.0.0.1");
      await once(socket, "connect");
      socket.end(raw);
      const chunks: Buffer[] = [];
      for await (const chunk of socket) {
        chunks.push(chunk as Buffer);
      }
      const answer = Buffer.concat(chunks).toString();
      expect(answer).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer).toMatch(/content-type: application\/problem\+json/i);
      expect(answer).toMatch(/content-security-policy: /i);
      const body = JSON.parse(answer.slice(answer.indexOf("\r\n\r\n") + 4));
      expect(body).toMatchObject({ status: 400, code: "bad_request" });
    }
  });

  it("answers HEAD on page routes like GET, without a body", async () => {
    const get = await t.inject({ method: "GET", url: "/assignments" });
    const head = await t.inject({ method: "HEAD", url: "/assignments" });
    expect(head.statusCode).toBe(get.statusCode);
    expect(head.statusCode).toBe(200);
    expect(head.headers["content-type"]).toBe(get.headers["content-type"]);
    expect(head.body).toBe("");
    const missing = await t.inject({ method: "HEAD", url: "/api/v1/no-such-thing" });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers["content-type"]).toContain("application/problem+json");
  });

  it("answers a request that arrives while the server shuts down with a 503 problem document", async () => {
    // A bare app with a slow route, so a request is still running when close() begins (app.ts sets the same).
    const closing = Fastify({ return503OnClosing: false }) as unknown as App;
    registerErrorHandling(closing);
    answerWhileClosing(closing);
    closing.get("/slow", async () => {
      await sleep(300);
      return { ok: true };
    });
    await closing.listen({ port: 0, host: "127.0.0.1" });
    const address = closing.server.address();
    const socket = connect(typeof address === "object" && address ? address.port : 0, "127.0.0.1");
    await once(socket, "connect");
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    await sleep(100);
    const closed = closing.close();
    socket.write("GET /slow HTTP/1.1\r\nHost: x\r\n\r\n");
    const chunks: Buffer[] = [];
    for await (const chunk of socket) {
      chunks.push(chunk as Buffer);
    }
    await closed;
    const answers = Buffer.concat(chunks).toString();
    const second = answers.slice(answers.indexOf("HTTP/1.1", 1));
    expect(answers).toMatch(/^HTTP\/1\.1 200 /);
    expect(second).toMatch(/^HTTP\/1\.1 503 /);
    expect(second).toMatch(/content-type: application\/problem\+json/i);
    expect(second).toMatch(/retry-after: 1/i);
    expect(JSON.parse(second.slice(second.indexOf("\r\n\r\n") + 4))).toMatchObject({ code: "unavailable" });
  });
});
