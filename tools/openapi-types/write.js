import { readFile, writeFile } from "node:fs/promises";
import { generateApiTypes } from "./index.js";

/** `npm run api:types`: writes sdk/schema.d.ts (the SDK's types, which the web app uses too) from openapi.json. */
const root = new URL("../../", import.meta.url);
const document = JSON.parse(await readFile(new URL("openapi.json", root), "utf8"));
await writeFile(new URL("sdk/schema.d.ts", root), await generateApiTypes(document));
