import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { type Database, openDatabase } from "#platform/db";
import { backendCpu, type CpuByPid } from "./backend-cpu";

/** A migrated, empty database made for one benchmark run and thrown away after it. */
export interface BenchDatabase {
  label: "PostgreSQL" | "PGlite";
  database: Database;
  /** PostgreSQL's server processes for this database and their CPU so far (backend-cpu.ts); PGlite runs in ours. */
  backendCpu?: () => Promise<CpuByPid | null>;
  dispose(): Promise<void>;
}

/** `BENCH_DATABASE` names another scratch database, so two benchmark runs on one server do not drop each other's. */
const BENCH_DATABASE = process.env.BENCH_DATABASE ?? "worklane_bench";

/**
 * Creates `worklane_bench` on the server, or says why it cannot (the runner then skips the PostgreSQL rows). With
 * `keep`, an existing database is opened as it is (new migrations applied) and left in place afterwards, so a bench
 * that takes minutes to fill it can be rerun on the same rows.
 */
export async function openPostgres(
  serverUrl: string,
  options: { keep?: boolean } = {},
): Promise<BenchDatabase | { skipped: string }> {
  const admin = new pg.Client({ connectionString: serverUrl, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
    const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [BENCH_DATABASE]);
    if (!options.keep) {
      await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    }
    if (!options.keep || exists.rowCount === 0) {
      await admin.query(`CREATE DATABASE ${BENCH_DATABASE}`);
    }
  } catch (error) {
    await admin.end().catch(() => undefined);
    return { skipped: `unreachable: ${error instanceof Error ? error.message : String(error)}` };
  }
  const url = new URL(serverUrl);
  url.pathname = `/${BENCH_DATABASE}`;
  const database = await openDatabase({ url: url.toString(), dataDir: "" });
  const dispose = async () => {
    await database.close();
    if (!options.keep) {
      await admin.query(`DROP DATABASE IF EXISTS ${BENCH_DATABASE} WITH (FORCE)`);
    }
    await admin.end();
  };
  try {
    await database.migrate();
  } catch (error) {
    await dispose();
    throw error;
  }
  return { label: "PostgreSQL", database, backendCpu: () => backendCpu(admin, BENCH_DATABASE), dispose };
}

/**
 * PGlite in a temporary data directory, as `npm start` runs it (on disk, not in memory); with `keepDir`, in that
 * directory, created when missing and left in place afterwards.
 */
export async function openPglite(options: { keepDir?: string } = {}): Promise<BenchDatabase> {
  const dataDir = options.keepDir ?? mkdtempSync(path.join(tmpdir(), "worklane-bench-"));
  const database = await openDatabase({ dataDir });
  await database.migrate();
  return {
    label: "PGlite",
    database,
    async dispose() {
      await database.close();
      if (!options.keepDir) {
        rmSync(dataDir, { recursive: true, force: true });
      }
    },
  };
}
