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
  responses?: Record<string, { content?: Record<string, { schema?: unknown }> }>;
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

  it("equals the checked-in openapi.json (update it with `npx vitest run test/openapi.test.ts -u`)", async () => {
    await expect(`${JSON.stringify(doc, null, 2)}\n`).toMatchFileSnapshot(
      "../openapi.json",
      "the API changed: review the difference, then run `npx vitest run test/openapi.test.ts -u`",
    );
  });
});

describe("GET /docs", () => {
  it("serves the browsable API reference", async () => {
    let page = await t.inject({ method: "GET", url: "/docs" });
    if (page.statusCode >= 300 && page.statusCode < 400) {
      page = await t.inject({ method: "GET", url: String(page.headers.location) });
    }
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("/openapi.json");
  });
});
