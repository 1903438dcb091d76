import { domains } from "#domains/index";
import { loadConfig } from "#platform/config";
import { createCtx } from "#platform/context";
import { openDatabase } from "#platform/db";
import { startJobLoop } from "#platform/jobs";
import { createLogger } from "#platform/log";
import { buildApp } from "./app";

/** Opens the database, migrates, runs each domain's start-up work; shared by the server and the CLI. */
export async function boot() {
  const config = loadConfig();
  const log = createLogger(config.LOG_LEVEL);
  const database = await openDatabase({
    url: config.DATABASE_URL,
    dataDir: config.WORKLANE_DATA_DIR,
    poolSize: config.DATABASE_POOL_SIZE,
  });
  await database.migrate();
  const ctx = createCtx({ db: database.db, log });
  for (const domain of domains) {
    await domain.init?.(ctx);
  }
  return { config, log, database, ctx };
}

export async function startServer() {
  const { config, log, database } = await boot();
  const { app, runner } = await buildApp({
    database,
    log,
    trustProxy: config.TRUST_PROXY,
    secureCookies: config.TRUST_PROXY || config.publicUrl.startsWith("https:"),
    publicUrl: config.publicUrl,
  });
  const stopJobs = config.WORKLANE_JOBS === "on" ? startJobLoop(runner, config.JOB_POLL_MS) : async () => undefined;
  await app.listen({ port: config.PORT, host: config.HOST });
  log.info({ url: config.publicUrl, database: database.kind }, "Worklane is running");
  const shutdown = async () => {
    await stopJobs();
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
  return { app, database };
}
