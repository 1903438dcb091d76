import { readFile } from "node:fs/promises";
import { generateApiTypes } from "@worklane/openapi-types";
import { expect, it } from "vitest";

/**
 * The web client's types are generated from the checked-in openapi.json (test/openapi.test.ts keeps that in step
 * with the routes), so a renamed route or field fails `tsc` instead of failing at run time. This test fails when
 * sdk/schema.d.ts no longer matches the document; update it with `npm run api:types` or
 * `npx vitest run test/api-schema.test.ts -u`.
 */
it("sdk/schema.d.ts (the SDK's and the web app's types) is generated from openapi.json", async () => {
  const document = JSON.parse(await readFile(new URL("../openapi.json", import.meta.url), "utf8"));
  await expect(await generateApiTypes(document)).toMatchFileSnapshot("../sdk/schema.d.ts");
});
