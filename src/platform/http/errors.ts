import type { FastifyError, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import FindMyWay, { type HTTPMethod } from "find-my-way";
import { type FieldError, Problem, type ProblemCode, type ProblemDocument, problemCodes } from "#shared/problems";
import { sqlStateOf } from "../db";
import type { App } from "./types";

/** RFC 9457 problem details for a Problem: what every error answer carries, whichever layer writes it. */
export function problemDocument(error: Problem, requestId: string): ProblemDocument {
  return {
    ...error.extra,
    type: `https://worklane.dev/problems/${error.code.replaceAll("_", "-")}`,
    title: problemCodes[error.code].title,
    status: error.status,
    code: error.code,
    detail: error.detail,
    ...(error.errors ? { errors: error.errors } : {}),
    requestId,
  };
}

/** The only place that writes an error response through Fastify, mapped by class and SQLSTATE (early-errors.ts
 * writes the few that come before Fastify has a route). */
export function sendProblem(reply: FastifyReply, request: FastifyRequest, error: Problem): FastifyReply {
  const body = problemDocument(error, request.id);
  if (error.status === 429) {
    // Every 429 says when to come back (RFC 9110 Retry-After), in seconds; the detail says it in words.
    const seconds = Number(error.extra.retryAfterSeconds);
    reply.header("retry-after", String(Number.isFinite(seconds) && seconds > 0 ? Math.ceil(seconds) : 60));
  }
  if (error.code === "busy_retry") {
    // The conflicting change is usually done within a second; a retry then succeeds.
    reply.header("retry-after", "1");
  }
  return reply.code(error.status).type("application/problem+json").serializer(JSON.stringify).send(body);
}

const fastifyCodes: Record<string, [ProblemCode, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ["payload_too_large", "The request body is larger than this endpoint accepts."],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ["unsupported_media_type", "Send the body as application/json."],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: ["bad_request", "The Content-Length header does not match the body."],
  FST_ERR_CTP_EMPTY_JSON_BODY: ["bad_request", "The body is empty; send a JSON document."],
  FST_ERR_CTP_INVALID_JSON_BODY: ["bad_request", "The body is not valid JSON."],
};

export function toProblem(error: unknown): Problem | null {
  if (error instanceof Problem) {
    return error;
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      pointer: `/${error.validationContext ?? "body"}${issue.instancePath === "/" ? "" : issue.instancePath}`,
      message: issue.message ?? "Invalid value.",
    }));
    const summary = errors.map((e) => `${e.pointer}: ${e.message}`).join("; ");
    return new Problem("validation_failed", `Please correct the request: ${summary}`.slice(0, 1000), {}, errors);
  }
  const fastifyError = error as Partial<FastifyError>;
  const known = fastifyError.code ? fastifyCodes[fastifyError.code] : undefined;
  if (known) {
    return new Problem(known[0], known[1]);
  }
  if (error instanceof SyntaxError && fastifyError.statusCode === 400) {
    return new Problem("bad_request", "The body is not valid JSON.");
  }
  const sqlState = sqlStateOf(error);
  // A deadlock or serialization failure that outlived inTransaction's retries: rolled back whole, safe to send again.
  if (sqlState === "40P01" || sqlState === "40001") {
    return new Problem("busy_retry", "The server was busy with conflicting changes; nothing was saved. Try again.");
  }
  // The database is the last line of defence; its refusals are the client's fault, never a 500.
  if (sqlState === "23505") {
    return new Problem("conflict", "This record already exists.");
  }
  if (sqlState?.startsWith("22") || sqlState === "23514" || sqlState === "23503" || sqlState === "23502") {
    return new Problem("validation_failed", "A value is out of the range the data allows.");
  }
  if (typeof fastifyError.statusCode === "number" && fastifyError.statusCode >= 400 && fastifyError.statusCode < 500) {
    return new Problem("bad_request", "The request could not be read.");
  }
  return null;
}

export function registerErrorHandling(app: App, fallback?: (request: FastifyRequest, reply: FastifyReply) => unknown) {
  // A second router that only knows paths, so an existing path called with the wrong method answers 405.
  const paths = FindMyWay();
  app.addHook("onRoute", (route) => {
    if (!route.url.includes("*")) {
      for (const method of [route.method].flat() as HTTPMethod[]) {
        if (method !== "HEAD" && !paths.hasRoute(method, route.url)) {
          paths.on(method, route.url, () => undefined);
        }
      }
    }
  });

  app.setErrorHandler((error, request, reply) => {
    const known = toProblem(error);
    if (known?.code === "busy_retry") {
      request.log.warn({ err: error }, "transaction still conflicting after its retries");
    }
    if (known) {
      return sendProblem(reply, request, known);
    }
    request.log.error({ err: error }, "unhandled error");
    return sendProblem(reply, request, new Problem("internal", "An unexpected error occurred. It has been logged."));
  });

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split("?")[0] ?? "/";
    const allowed = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter(
      (method) => method !== request.method && paths.find(method as "GET", path),
    );
    if (allowed.length > 0) {
      reply.header("allow", allowed.join(", "));
      return sendProblem(
        reply,
        request,
        new Problem("method_not_allowed", `Use ${allowed.join(" or ")} on this path.`),
      );
    }
    if (fallback && (request.method === "GET" || request.method === "HEAD") && !path.startsWith("/api/")) {
      return fallback(request, reply);
    }
    return sendProblem(reply, request, new Problem("not_found", `Nothing is at ${request.method} ${path}.`));
  });
}
