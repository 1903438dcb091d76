import { describe, expect, it } from "vitest";
import { testApp } from "./harness";

/**
 * The API description is a generated artefact under review: `openapi.json` at the repository root is the
 * checked-in copy, and this test fails when the routes' schemas no longer produce it. After an intended API
 * change, review the difference and update the copy with `npx vitest run test/openapi.test.ts -u`.
 */

const t = await testApp();
const response = await t.inject({ method: "GET", url: "/openapi.json" });
const doc = response.json() as {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
};

interface Operation {
  operationId?: string;
  tags?: string[];
  parameters?: { $ref?: string }[];
  security?: unknown[];
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: unknown }> }>;
}

const operations = Object.entries(doc.paths).flatMap(([path, methods]) =>
  Object.entries(methods).map(([method, operation]) => ({ path, method: method.toUpperCase(), operation })),
);
const api = operations.filter((o) => o.path.startsWith("/api/v1/"));

describe("GET /openapi.json", () => {
  it("serves an OpenAPI 3.1.0 document", () => {
    expect(response.statusCode).toBe(200);
    expect(doc.openapi).toBe("3.1.0");
    expect(api.length).toBeGreaterThan(0);
  });

  it("gives every /api/v1 operation a unique operationId, tags and a JSON response schema", () => {
    const incomplete = api
      .filter(({ operation }) => {
        const success = Object.entries(operation.responses ?? {}).filter(([status]) => /^2\d\d$/.test(status));
        // JSON almost everywhere; a download (text/csv) declares its own media type, still with a schema.
        const schemas = success.every(([, r]) => Object.values(r.content ?? {}).some((c) => c.schema !== undefined));
        return !operation.operationId || !operation.tags?.length || success.length === 0 || !schemas;
      })
      .map(({ path, method }) => `${method} ${path}`);
    expect(incomplete, "declare schema.operationId, schema.tags and schema.response on these routes").toEqual([]);
    const ids = api.map(({ operation }) => operation.operationId);
    expect(
      ids.filter((id, i) => ids.indexOf(id) !== i),
      "operationIds used twice",
    ).toEqual([]);
  });

  it("describes every registered /api/v1 route", () => {
    const described = new Set(api.map(({ path, method }) => `${method} ${path}`));
    const missing = t
      .routes()
      .filter((route) => route.url.startsWith("/api/v1/"))
      .map((route) => `${route.method} ${route.url.replace(/:(\w+)/g, "{$1}")}`)
      .filter((route) => !described.has(route));
    expect(missing).toEqual([]);
  });

  it("declares problem documents on every operation, each response a shared component over the Problem schema", () => {
    const components = (doc as unknown as { components: { responses: Record<string, unknown> } }).components.responses;
    for (const { path, method, operation } of api) {
      const problems = Object.entries(operation.responses ?? {}).filter(([status]) => /^4\d\d$/.test(status));
      expect(problems.length, `${method} ${path}`).toBeGreaterThan(0);
      for (const [status, response] of problems) {
        const name = response.$ref?.replace("#/components/responses/", "") ?? "";
        expect(name.startsWith(`Problem${status}`), `${method} ${path} ${status}`).toBe(true);
        expect(JSON.stringify(components[name])).toContain('"$ref":"#/components/schemas/Problem"');
      }
    }
  });

  it("declares Idempotency-Key on every POST but the two that opt out, and no lock on public operations", () => {
    const keyed = (o: Operation) => o.parameters?.some((p) => p.$ref === "#/components/parameters/IdempotencyKey");
    const unkeyedPosts = api
      .filter((o) => o.method === "POST" && !keyed(o.operation))
      .map((o) => o.operation.operationId);
    expect(unkeyedPosts.sort()).toEqual(["logIn", "previewAssignment"]);
    expect(api.filter((o) => o.method !== "POST" && keyed(o.operation))).toEqual([]);
    const publicIds = new Set(
      t
        .routes()
        .filter((r) => r.auth === "public")
        .map((r) => r.operationId),
    );
    for (const { operation } of api) {
      expect(operation.security, operation.operationId).toEqual(publicIds.has(operation.operationId) ? [] : undefined);
    }
  });

  it("equals the checked-in openapi.json (update it with `npx vitest run test/openapi.test.ts -u`)", async () => {
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot(
      "../openapi.json",
      "the API changed: review the difference, then run `npx vitest run test/openapi.test.ts -u`",
    );
  });
});

describe("GET /docs", () => {
  it("serves a self-contained API reference: every asset from this server, no validator, no top bar", async () => {
    let page = await t.inject({ method: "GET", url: "/docs" });
    if (page.statusCode >= 300 && page.statusCode < 400) {
      page = await t.inject({ method: "GET", url: String(page.headers.location) });
    }
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).not.toMatch(/(src|href)="(https?:)?\/\//);
    const assets = [...page.body.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(3);
    for (const asset of assets) {
      const served = await t.inject({ method: "GET", url: asset });
      expect(served.statusCode, asset).toBe(200);
      if (asset.endsWith(".css")) {
        // No web fonts or images fetched from elsewhere.
        expect(served.body, asset).not.toMatch(/url\(\s*["']?(https?:)?\/\//);
        expect(served.body, asset).not.toContain("@import");
      }
    }
    const init = await t.inject({ method: "GET", url: "/docs/static/swagger-initializer.js" });
    expect(init.body).toContain("validatorUrl: null");
    expect(init.body).toContain('"layout":"BaseLayout"');
    const spec = await t.inject({ method: "GET", url: "/docs/json" });
    expect(spec.json()).toEqual(doc);
  });
});
