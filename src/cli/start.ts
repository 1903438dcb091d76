import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { webRoot } from "#platform/http/static";
import { runDemo } from "./demo";

export async function runStart(options: { demo?: boolean; rebuild?: boolean; build: boolean }): Promise<void> {
  if (options.build && (options.rebuild || !existsSync(`${webRoot}/index.html`))) {
    // A build empties its folder first: never a folder that holds something other than an earlier bundle.
    if (existsSync(webRoot) && readdirSync(webRoot).length > 0 && !existsSync(`${webRoot}/index.html`)) {
      process.stderr.write(`${webRoot} is not empty and holds no web bundle; not building into it.\n`);
      process.exit(1);
    }
    process.stdout.write("Building the web bundle…\n");
    const built = spawnSync("npx", ["vite", "build", "--logLevel", "warn", "--outDir", webRoot, "--emptyOutDir"], {
      stdio: "inherit",
    });
    if (built.status !== 0) {
      process.exit(built.status ?? 1);
    }
  }
  if (options.demo) {
    await runDemo({ seed: 1, scale: 1, skipIfPresent: true });
  }
  const { startServer } = await import("../main");
  await startServer();
}
