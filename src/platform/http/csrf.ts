import type { FastifyRequest } from "fastify";
import { Problem } from "#shared/problems";
import type { App } from "./types";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery protection without tokens: browsers say where a request comes from in
 * Sec-Fetch-Site (or at least Origin). A request from another site is refused; a request with neither
 * header is not from a browser, so it carries no ambient cookie risk.
 */
export function registerCsrf(app: App): void {
  // Synchronous, like every hook with nothing to wait for: an async one costs a promise on every request.
  app.addHook("onRequest", (request, _reply, done) => {
    done(safeMethods.has(request.method) ? undefined : refusal(request));
  });
}

/** Why a write is refused as cross-site, or undefined when it may go on. */
function refusal(request: FastifyRequest): Problem | undefined {
  const site = request.headers["sec-fetch-site"];
  if (typeof site === "string") {
    if (site !== "same-origin" && site !== "none") {
      return new Problem("csrf_rejected", "This request came from another site and was refused.");
    }
    return undefined;
  }
  const origin = request.headers.origin;
  if (typeof origin === "string" && origin !== "null") {
    let host: string | null = null;
    try {
      host = new URL(origin).host;
    } catch {
      host = null;
    }
    if (host !== request.host) {
      return new Problem("csrf_rejected", "This request came from another site and was refused.");
    }
  } else if (origin === "null") {
    return new Problem("csrf_rejected", "This request came from an opaque origin and was refused.");
  }
  return undefined;
}
