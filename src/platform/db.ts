import { mkdirSync } from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import type { ExtractTablesWithRelations } from "drizzle-orm";
import { sql } from "drizzle-orm";
import { drizzle as drizzleNodePg } from "drizzle-orm/node-postgres";
import { migrate as migrateNodePg } from "drizzle-orm/node-postgres/migrator";
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from "drizzle-orm/pg-core";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import pg from "pg";
import { lockDataFolder } from "./data-folder-lock";
import { projectRoot } from "./paths";
import { ownsItsCommit, resetRides, ridingClient } from "./statement-rides";

export type Db = PgDatabase<PgQueryResultHKT>;
export type Tx = PgTransaction<
  PgQueryResultHKT,
  Record<string, never>,
  ExtractTablesWithRelations<Record<string, never>>
>;
/** Anything that runs queries: the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: "pglite" | "postgres";
  migrate(): Promise<void>;
  close(): Promise<void>;
}

export const migrationsFolder = path.join(projectRoot, "migrations");

// bigint columns are read as JS numbers: money amounts are capped at 2^53-1 by the contract and a CHECK,
// so both drivers (pg: string, PGlite: number or BigInt) agree on one exact value.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * Connections per process to a PostgreSQL server, unless DATABASE_POOL_SIZE says otherwise: node-postgres' own
 * default. More connections than the server has cores to run them only add contention: on the 2-core bench machine
 * the lifecycle with a pool of 20 (what this was) used 20–30 % more PostgreSQL CPU per request, at a lower rate and a
 * 1.6x p99, than with 8 or 10 (issue 10, seventh pass). Size it to about twice the server's cores, shared among the
 * processes.
 */
export const defaultPoolSize = 10;

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite in `dataDir` (or memory for `memory://`). */
export async function openDatabase(options: {
  url?: string;
  dataDir: string;
  loadDataDir?: Blob;
  poolSize?: number;
}): Promise<Database> {
  if (options.url) {
    // Only named statements (prepared.ts, Drizzle's `.prepare`) have cached plans; they are key lookups, whose
    // generic plan is as good as a custom one, so a connection plans each once instead of on its first five runs.
    const pool = new pg.Pool({
      // BEGIN and COMMIT go out with a transaction's statements (statement-rides.ts): two round trips fewer per action.
      Client: ridingClient,
      connectionString: options.url,
      max: options.poolSize ?? defaultPoolSize,
      options: "-c plan_cache_mode=force_generic_plan",
    });
    // An idle connection the server drops (restart, failover, DROP DATABASE … FORCE) is discarded by the pool and
    // the next query reconnects; without a listener, pg re-throws it as an uncaught error and the process dies.
    pool.on("error", () => undefined);
    pool.on("release", (_error, client) => resetRides(client));
    const db = drizzleNodePg(pool, { casing: "snake_case" }) as unknown as Db;
    return {
      db,
      kind: "postgres",
      async migrate() {
        // Two processes starting together must not race on the migration table.
        const client = await pool.connect();
        try {
          await client.query("SELECT pg_advisory_lock(7311001)");
          await migrateNodePg(drizzleNodePg(client, { casing: "snake_case" }), { migrationsFolder });
        } finally {
          await client.query("SELECT pg_advisory_unlock(7311001)").catch(() => undefined);
          client.release();
        }
      },
      close: () => pool.end(),
    };
  }
  const inMemory = options.dataDir === "memory://";
  let unlock: () => void = () => undefined;
  if (!inMemory) {
    mkdirSync(path.resolve(options.dataDir), { recursive: true });
    // Before PGlite touches the folder: a second process must be refused, not open it beside the first.
    unlock = lockDataFolder(options.dataDir);
  }
  let client: PGlite;
  try {
    client = await PGlite.create(inMemory ? undefined : path.resolve(options.dataDir, "pglite"), {
      loadDataDir: options.loadDataDir,
    });
  } catch (error) {
    unlock();
    throw error;
  }
  const db = drizzlePglite(client, { casing: "snake_case" }) as unknown as Db;
  return {
    db,
    kind: "pglite",
    migrate: () => migratePglite(drizzlePglite(client, { casing: "snake_case" }), { migrationsFolder }),
    close: async () => {
      try {
        await client.close();
      } finally {
        unlock();
      }
    },
  };
}

export async function pingDatabase(db: Db): Promise<void> {
  await db.execute(sql`SELECT 1`);
}

/** `%text%` for LIKE/ILIKE with the text's own `%`, `_` and `\` matched literally (searches type any of them). */
export function containing(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The SQLSTATE of a database error, whether the driver's own or wrapped by Drizzle (`cause`). */
export function sqlStateOf(error: unknown): string | undefined {
  const code =
    (error as { code?: unknown; cause?: { code?: unknown } })?.code ??
    (error as { cause?: { code?: unknown } })?.cause?.code;
  return typeof code === "string" && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** Deadlock detected, serialization failure: PostgreSQL rolled the whole transaction back and asks for it again. */
const retryable = new Set(["40P01", "40001"]);

/**
 * Runs `fn` in one transaction, again (up to three tries) when PostgreSQL rolled it back as a deadlock victim. Lock
 * order keeps deadlocks rare (docs/architecture.md, "Lock order"), but a transaction that posts several transfers
 * (auto-pay, a settlement, a bulk payment) cannot take every ledger account's lock up front, so two of them can
 * still meet in opposite order; PostgreSQL then aborts one, and its caller would otherwise get a 500 for an action
 * that succeeds when run again. Everything `fn` writes is in the rolled-back transaction, so running it again is safe.
 */
export async function inTransaction<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.transaction((tx) => {
        ownsItsCommit(tx);
        return fn(tx);
      });
    } catch (error) {
      const state = sqlStateOf(error);
      if (attempt >= 3 || state === undefined || !retryable.has(state)) {
        throw error;
      }
    }
  }
}
