#!/usr/bin/env node
// The CLI starts from the ahead-of-time build in dist/server (bin/server-build.js), rebuilt first when the sources
// changed since it was made. WORKLANE_FROM_SOURCE=1 (or a failed build) runs the TypeScript through tsx instead,
// which is what `npm run dev` does too.
import { pathToFileURL } from "node:url";
import { ensureServerBuild, serverEntry } from "./server-build.js";

if (process.env.WORKLANE_FROM_SOURCE !== "1" && (await ensureServerBuild())) {
  await import(pathToFileURL(serverEntry).href);
} else {
  const { register } = await import("tsx/esm/api");
  register();
  await import("../src/cli/main.ts");
}
