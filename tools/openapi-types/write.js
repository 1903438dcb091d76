import { readFile, writeFile } from "node:fs/promises";
import { generateApiTypes } from "./index.js";

/** `npm run api:types`: writes the web app's and the SDK's types (one text) from the checked-in openapi.json. */
const root = new URL("../../", import.meta.url);
const document = JSON.parse(await readFile(new URL("openapi.json", root), "utf8"));
const types = await generateApiTypes(document);
await writeFile(new URL("src/web/api-schema.d.ts", root), types);
await writeFile(new URL("sdk/schema.d.ts", root), types);
