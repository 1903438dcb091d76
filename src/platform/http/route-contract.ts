import type { RouteOptions } from "fastify";
import type { ProblemCode } from "#shared/problems";
import type { App } from "./types";

/**
 * What a route promises beyond its success schema, derived from its declaration in one place, so the server, the
 * OpenAPI document and the tests read the same answer and cannot drift:
 * - which problem codes it may answer (`problemsOf`): the platform's codes follow from the route's auth, method,
 *   schema and idempotency; the domain's own codes are listed once on the route as `config.problems`;
 * - whether it honours `Idempotency-Key` (`honoursIdempotencyKey`): every POST does, unless it opts out.
 */
export type RouteDeclaration = Pick<RouteOptions, "method" | "url" | "schema" | "config">;

const bodyMethods = new Set(["POST", "PUT", "PATCH"]);

function methodsOf(route: RouteDeclaration): string[] {
  return [route.method].flat().map((m) => String(m).toUpperCase());
}

/**
 * The one rule: every POST that changes state honours the Idempotency-Key header (the first answer is stored and
 * replayed for a retry with the same key). A POST that changes nothing, or whose answer cannot be replayed (a log-in's
 * session cookie is never stored), opts out with `config: { idempotent: false }` and a comment saying why.
 * PUT, PATCH and DELETE are idempotent by their nature and take no key.
 */
export function honoursIdempotencyKey(route: Pick<RouteDeclaration, "method" | "config">): boolean {
  const methods = [route.method].flat().map((m) => String(m).toUpperCase());
  return methods.includes("POST") && route.config?.idempotent !== false;
}

/**
 * Whether the account-standing check (`standing.ts`) runs for this route: every write a signed-in client or worker
 * can make (a suspension refuses them all; a restriction the ones it covers), except the few a sanctioned person
 * needs (`openWhenSuspended`). Public routes have no account to check and staff are never sanctioned.
 */
export function standingApplies(route: Pick<RouteDeclaration, "method" | "config">): boolean {
  const auth = route.config?.auth ?? "user";
  const writes = methodsOf(route as RouteDeclaration).some((m) => bodyMethods.has(m) || m === "DELETE");
  return writes && auth !== "public" && !auth.startsWith("staff") && route.config?.openWhenSuspended !== true;
}

/** Codes every route can answer whatever it declares; they belong to the server, not to the operation's contract. */
export const serverProblems: readonly ProblemCode[] = ["internal", "unavailable", "busy_retry"];

/** The problem codes a route may answer: the platform's, derived from the declaration, then the route's own. */
export function problemsOf(route: RouteDeclaration): ProblemCode[] {
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const config = route.config ?? {};
  const auth = config.auth ?? "user";
  const methods = methodsOf(route);
  const codes: ProblemCode[] = [];
  const writes = methods.some((m) => bodyMethods.has(m) || m === "DELETE");
  // A revoked API key is refused everywhere, public routes included; a missing login only where one is needed.
  codes.push("unauthenticated");
  if (auth !== "public" && auth !== "user") {
    codes.push("forbidden");
  }
  if (config.roles) {
    codes.push("forbidden");
  }
  if (writes) {
    codes.push("csrf_rejected");
  }
  if (schema.params || schema.querystring || schema.body || schema.headers) {
    codes.push("validation_failed");
  }
  if (methods.some((m) => bodyMethods.has(m))) {
    codes.push("bad_request", "unsupported_media_type", "payload_too_large");
  }
  if (schema.params) {
    codes.push("not_found");
  }
  if (honoursIdempotencyKey(route)) {
    codes.push("validation_failed", "idempotency_key_in_progress", "idempotency_key_reused");
  }
  if (config.verifiedEmail) {
    codes.push("email_unverified");
  }
  if (standingApplies(route)) {
    codes.push("account_restricted");
  }
  codes.push(...(config.problems ?? []));
  return [...new Set(codes)];
}

/** `/api/v1/assignments/:id` as OpenAPI writes it: `/api/v1/assignments/{id}`. */
export function openApiPath(url: string): string {
  return url.replace(/:(\w+)/g, "{$1}");
}

/**
 * Reports every problem answer whose code the route does not declare (`problemsOf`), so the document cannot promise
 * less than the server does. Only the test harness installs it; 5xx answers and unknown paths are not a route's.
 */
export function watchDeclaredProblems(app: App, report: (message: string) => void): void {
  app.addHook("onSend", async (request, reply, payload) => {
    const type = String(reply.getHeader("content-type") ?? "");
    if (request.is404 || reply.statusCode >= 500 || typeof payload !== "string" || !type.includes("problem+json")) {
      return payload;
    }
    const code = (JSON.parse(payload) as { code?: ProblemCode }).code;
    const route = request.routeOptions;
    if (code && !problemsOf(route as RouteDeclaration).includes(code)) {
      report(`${request.method} ${route.url} answered ${reply.statusCode} ${code}`);
    }
    return payload;
  });
}
