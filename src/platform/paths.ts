import { fileURLToPath } from "node:url";

/**
 * The project folder (where package.json, migrations/ and dist/ live). Two levels up from this module both when it
 * runs from source (src/platform/paths.ts) and from the server build (dist/server/<chunk>.js): keep it that way.
 */
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url));
