import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, openDatabase } from "#platform/db";
import { createLogger } from "#platform/log";
import { buildApp } from "../src/app";
import { type TestApp, testApp } from "./harness";

/**
 * Issue 7 item 3: every kind of answer carries the security headers: a page, API JSON, a problem document, the
 * reference pages, the OpenAPI document and a static file. HSTS only when the request came over TLS.
 */

let t: TestApp;
beforeAll(async () => {
  t = await testApp();
});

const kinds: [string, string, RegExp][] = [
  ["a page (client-side route)", "/assignments/new", /text\/(html|plain)/],
  ["API JSON", "/health", /application\/json/],
  ["a problem document", "/api/v1/no-such-thing", /application\/problem\+json/],
  ["a problem document for an unauthenticated call", "/api/v1/me", /application\/problem\+json/],
  ["the API reference page", "/docs", /text\/html/],
  ["the OpenAPI document", "/openapi.json", /application\/json/],
  ["a static file", "/docs/static/swagger-ui.css", /text\/css/],
  ["a static script", "/docs/static/swagger-initializer.js", /javascript/],
];

describe("security headers", () => {
  it.each(kinds)("are on %s", async (_kind, url, type) => {
    const response = await t.inject({ method: "GET", url });
    expect(response.headers["content-type"]).toMatch(type);
    const csp = String(response.headers["content-security-policy"]);
    const directives = Object.fromEntries(
      csp.split(";").map((part) => {
        const [name = "", ...values] = part.trim().split(/\s+/);
        return [name, values.join(" ")];
      }),
    );
    expect(directives).toMatchObject({
      "default-src": "'self'",
      "script-src": "'self'",
      "script-src-attr": "'none'",
      "style-src": "'self'",
      "object-src": "'none'",
      "base-uri": "'none'",
      "frame-ancestors": "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval/);
    expect(response.headers).toMatchObject({
      "x-frame-options": "DENY",
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
    });
    expect(response.headers["strict-transport-security"], "no HSTS over plain HTTP").toBeUndefined();
  });

  it("the reference page loads only files (no inline script or style for the CSP to block)", async () => {
    const page = await t.inject({ method: "GET", url: "/docs/" });
    const html = page.body;
    expect(html).toContain("swagger-ui-bundle.js");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/<style|\sstyle=/);
  });
});

describe("HSTS behind TLS", () => {
  let database: Database;
  beforeAll(async () => {
    database = await openDatabase({ dataDir: "memory://" });
  });
  afterAll(() => database.close());

  const build = (publicUrl: string, trustProxy: boolean) =>
    buildApp({ database, log: createLogger("silent"), publicUrl, trustProxy }).then(({ app }) => app);

  it("is sent on every answer when PUBLIC_URL is https, with upgrade-insecure-requests", async () => {
    const app = await build("https://worklane.example", false);
    for (const url of ["/openapi.json", "/api/v1/no-such-thing", "/docs"]) {
      const response = await app.inject({ method: "GET", url });
      expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
      expect(response.headers["content-security-policy"]).toContain("upgrade-insecure-requests");
    }
    await app.close();
  });

  it("follows X-Forwarded-Proto from a trusted proxy, and ignores it from anyone else", async () => {
    const behindProxy = await build("http://localhost:3000", true);
    const overTls = await behindProxy.inject({ url: "/openapi.json", headers: { "x-forwarded-proto": "https" } });
    expect(overTls.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
    const plain = await behindProxy.inject({ url: "/openapi.json", headers: { "x-forwarded-proto": "http" } });
    expect(plain.headers["strict-transport-security"]).toBeUndefined();
    await behindProxy.close();

    const direct = await build("http://localhost:3000", false);
    const spoofed = await direct.inject({ url: "/openapi.json", headers: { "x-forwarded-proto": "https" } });
    expect(spoofed.headers["strict-transport-security"]).toBeUndefined();
    await direct.close();
  });
});
