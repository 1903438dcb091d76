import { spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { pino } from "pino";
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
  const logins = options.demo ? await runDemo({ seed: 1, scale: 1, skipIfPresent: true, quiet: true }) : "";
  const { startServer } = await import("../main");
  const { app } = await startServer();
  // The sign-in details come after the start-up log, not above it: the log's stream buffers, so empty it first.
  if (logins) {
    await new Promise((resolve) => setImmediate(resolve)); // fastify logs its last listening address a tick later
    const stream = (app.log as unknown as Record<symbol, { flushSync?: () => void } | undefined>)[
      pino.symbols.streamSym
    ];
    stream?.flushSync?.();
    process.stdout.write(logins);
  }
}
