import { readFile } from "node:fs/promises";
import { generateApiTypes } from "@worklane/openapi-types";
import { expect, it } from "vitest";

/**
 * The web client's types are generated from the checked-in openapi.json (test/openapi.test.ts keeps that in step
 * with the routes), so a renamed route or field fails `tsc` instead of failing at run time. This test fails when
 * src/web/api-schema.d.ts no longer matches the document; update it with `npm run api:types` or
 * `npx vitest run test/api-schema.test.ts -u`.
 */
it("src/web/api-schema.d.ts and the SDK's sdk/schema.d.ts are generated from openapi.json", async () => {
  const document = JSON.parse(await readFile(new URL("../openapi.json", import.meta.url), "utf8"));
  const types = await generateApiTypes(document);
  await expect(types).toMatchFileSnapshot("../src/web/api-schema.d.ts");
  await expect(types).toMatchFileSnapshot("../sdk/schema.d.ts");
});
