import { randomUUID } from "node:crypto";
import { STATUS_CODES } from "node:http";
import type { Socket } from "node:net";
import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { Problem, type ProblemCode } from "#shared/problems";
import { problemDocument, sendProblem } from "./errors";
import { earlyAnswerHeaders } from "./security-headers";
import type { App } from "./types";

/**
 * Errors that come before Fastify has a route, hooks or error handler: without these, the router and Node's HTTP
 * parser answer with their own JSON. Both answer problem documents with the security headers instead.
 */

/** Fastify's `frameworkErrors`: the router refused the address (a path parameter over 100 characters, bad encoding). */
export function onFrameworkError(error: FastifyError, request: FastifyRequest, reply: FastifyReply) {
  reply.headers({ ...earlyAnswerHeaders, "x-request-id": request.id });
  if (error.code === "FST_ERR_MAX_PARAM_LENGTH") {
    return sendProblem(reply, request, new Problem("uri_too_long", "A part of the address is longer than any id."));
  }
  if (error.code === "FST_ERR_BAD_URL") {
    return sendProblem(reply, request, new Problem("bad_request", "The address is not validly percent-encoded."));
  }
  request.log.error({ err: error }, "router error");
  return sendProblem(reply, request, new Problem("internal", "An unexpected error occurred. It has been logged."));
}

const clientErrors: Record<string, [ProblemCode, string]> = {
  ERR_HTTP_REQUEST_TIMEOUT: ["request_timeout", "The request did not arrive in time."],
  HPE_HEADER_OVERFLOW: ["headers_too_large", "The request headers are larger than this server accepts."],
};

/** Node's `clientError`: the bytes are not an HTTP request it can read. Answered on the socket, which then closes. */
export function onClientError(error: NodeJS.ErrnoException, socket: Socket): void {
  // A connection reset: nobody is left to answer.
  if (error.code === "ECONNRESET" || socket.destroyed) {
    return;
  }
  const [code, detail] = clientErrors[error.code ?? ""] ?? ["bad_request", "The request is not valid HTTP."];
  const problem = new Problem(code, detail);
  const body = JSON.stringify(problemDocument(problem, randomUUID()));
  const headers = {
    ...earlyAnswerHeaders,
    "content-type": "application/problem+json",
    "content-length": String(Buffer.byteLength(body)),
    connection: "close",
  };
  const head = Object.entries(headers).map(([name, value]) => `${name}: ${value}\r\n`);
  if (socket.writable) {
    socket.end(`HTTP/1.1 ${problem.status} ${STATUS_CODES[problem.status]}\r\n${head.join("")}\r\n${body}`);
  } else {
    socket.destroy();
  }
}

/**
 * While the server shuts down, Fastify would answer requests still arriving on open connections with its own 503
 * JSON (`return503OnClosing`, switched off in app.ts); this answers them with a problem document instead.
 */
export function answerWhileClosing(app: App): void {
  let closing = false;
  app.addHook("preClose", async () => {
    closing = true;
  });
  // Synchronous: every request passes here, and an async hook costs a promise and a microtask each time.
  app.addHook("onRequest", (_request, reply, done) => {
    if (closing) {
      reply.header("connection", "close").header("retry-after", "1");
      done(new Problem("unavailable", "This server is shutting down; send the request again."));
      return;
    }
    done();
  });
}
