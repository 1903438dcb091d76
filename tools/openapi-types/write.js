import { readFile, writeFile } from "node:fs/promises";
import { generateApiTypes } from "./index.js";

/** `npm run api:types`: writes src/web/api-schema.d.ts from the checked-in openapi.json. */
const root = new URL("../../", import.meta.url);
const document = JSON.parse(await readFile(new URL("openapi.json", root), "utf8"));
await writeFile(new URL("src/web/api-schema.d.ts", root), await generateApiTypes(document));
