import type { IncomingMessage, ServerResponse } from "node:http";
import helmet, { type HelmetOptions } from "helmet";
import type { App } from "./types";

export interface SecurityHeaderOptions {
  /** `PUBLIC_URL` starts with https: every answer reaches the browser over TLS. */
  servedOverTls: boolean;
}

/** A year, the preload list's minimum; only ever sent over TLS (a browser ignores it over plain HTTP anyway). */
const hsts = "max-age=31536000; includeSubDomains";

/**
 * Security headers on every answer (pages, API JSON, problem documents, /docs, /openapi.json, files), by helmet.
 * The CSP allows scripts and styles from this origin only: no inline script, no inline <style>, no eval, so an
 * injected script cannot run. The web bundle (Vite) and Swagger UI load everything from files; React sets styles
 * through the DOM (allowed). Images may also be data: (signature pad, Swagger UI icons) and blob: (previews of a
 * file being uploaded). Nothing may frame the app (clickjacking), and no page sends its URL onwards: reset and
 * invitation links carry tokens in their path.
 */
export async function registerSecurityHeaders(app: App, options: SecurityHeaderOptions): Promise<void> {
  const headers = helmetHeaders({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "script-src-attr": ["'none'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        ...(options.servedOverTls ? { "upgrade-insecure-requests": [] } : {}),
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    // Sent below, only when the request came over TLS.
    strictTransportSecurity: false,
  });
  const overTls = { ...headers, "strict-transport-security": hsts };
  app.addHook("onRequest", (request, reply, done) => {
    // request.protocol reads X-Forwarded-Proto only when the proxy is trusted (TRUST_PROXY).
    reply.headers(options.servedOverTls || request.protocol === "https" ? overTls : headers);
    done();
  });
}

/**
 * The headers helmet sets for these options, asked once: none depends on the request (no nonces). @fastify/helmet
 * built helmet's middleware anew on every request, parsing the whole policy each time (issue 10: 3 % of the CPU of
 * GET /me), behind two async hooks.
 */
function helmetHeaders(options: HelmetOptions): Record<string, string> {
  const headers: Record<string, string> = {};
  const recorder = {
    setHeader(name: string, value: string) {
      headers[name.toLowerCase()] = value;
    },
    removeHeader(name: string) {
      delete headers[name.toLowerCase()];
    },
  };
  helmet(options)({} as IncomingMessage, recorder as unknown as ServerResponse, (error?: unknown) => {
    if (error) {
      throw error;
    }
  });
  return headers;
}

/**
 * For the few answers written before Fastify's hooks run (a request Node cannot parse, an address the router
 * refuses): all they carry is a problem document, which needs nothing from the page's policy.
 */
export const earlyAnswerHeaders = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};
