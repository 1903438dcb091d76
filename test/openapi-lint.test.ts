import { readFile } from "node:fs/promises";
import { createConfig, lintFromString } from "@redocly/openapi-core";
import { describe, expect, it } from "vitest";

/**
 * The checked-in openapi.json (equal to the served document: test/openapi.test.ts) passes Redocly's recommended rules,
 * as a standard linter in an integrator's pipeline would run them, plus a description on every operation.
 */
describe("openapi.json under Redocly's recommended rules", () => {
  it("has no errors and no warnings", async () => {
    const source = await readFile(new URL("../openapi.json", import.meta.url), "utf8");
    const config = await createConfig({
      extends: ["recommended"],
      rules: {
        "operation-description": "error",
        // The checked-in document is made by the tests, whose PUBLIC_URL is localhost; a deployment serves its own.
        "no-server-example.com": "off",
      },
    });
    const problems = await lintFromString({ source, config });
    const lines = problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location.map((l) => l.pointer).join(", ")}`,
    );
    expect(lines).toEqual([]);
  });
});
