import { Problem } from "#shared/problems";
import type { App } from "./types";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * Cross-site request forgery protection without tokens: browsers say where a request comes from in
 * Sec-Fetch-Site (or at least Origin). A request from another site is refused; a request with neither
 * header is not from a browser, so it carries no ambient cookie risk.
 */
export function registerCsrf(app: App): void {
  app.addHook("onRequest", async (request) => {
    if (safeMethods.has(request.method)) {
      return;
    }
    const site = request.headers["sec-fetch-site"];
    if (typeof site === "string") {
      if (site !== "same-origin" && site !== "none") {
        throw new Problem("csrf_rejected", "This request came from another site and was refused.");
      }
      return;
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
        throw new Problem("csrf_rejected", "This request came from another site and was refused.");
      }
    } else if (origin === "null") {
      throw new Problem("csrf_rejected", "This request came from an opaque origin and was refused.");
    }
  });
}
