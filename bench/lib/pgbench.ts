/**
 * PostgreSQL's own yardstick in the same run: `pgbench -b tpcb-like` (a debit/credit transaction: three UPDATEs, a
 * SELECT and an INSERT) against a scratch database on the same server. Write scenarios are reported per pgbench
 * transaction, a ratio that holds whatever else the machine is doing. Skipped (with the reason) when pgbench is not
 * installed or the server is unreachable.
 */
import { execFile } from "node:child_process";
import pg from "pg";

/** Scale 10 (one million accounts) and 10 clients: pgbench's advice is a scale at least the number of clients. */
const SCALE = 10;
const CLIENTS = 10;
const DATABASE = `${process.env.BENCH_DATABASE ?? "worklane_bench"}_pgbench`;

function run(args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile("pgbench", args, { env, maxBuffer: 1 << 20 }, (error, stdout, stderr) =>
      error ? reject(new Error(`pgbench ${args.join(" ")}: ${stderr || error.message}`)) : resolve(stdout),
    );
  });
}

export interface Pgbench {
  /** Transactions per second over one run of `seconds`. */
  measure(seconds: number): Promise<number>;
  dispose(): Promise<void>;
  label: string;
}

export async function openPgbench(serverUrl: string): Promise<Pgbench | { skipped: string }> {
  const url = new URL(serverUrl);
  const env = {
    ...process.env,
    PGHOST: url.hostname,
    PGPORT: url.port || "5432",
    PGUSER: decodeURIComponent(url.username || "postgres"),
    ...(url.password ? { PGPASSWORD: decodeURIComponent(url.password) } : {}),
  };
  try {
    await run(["--version"], env);
  } catch {
    return { skipped: "pgbench is not installed" };
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${DATABASE}`);
  await run(["-i", "-q", "-s", String(SCALE), DATABASE], env);
  return {
    label: `pgbench -b tpcb-like -s ${SCALE} -c ${CLIENTS} -j 2`,
    async measure(seconds) {
      const out = await run(
        ["-b", "tpcb-like", "-c", String(CLIENTS), "-j", "2", "-T", String(seconds), DATABASE],
        env,
      );
      const tps = /tps = ([\d.]+)/.exec(out)?.[1];
      if (!tps) {
        throw new Error(`pgbench printed no tps:\n${out}`);
      }
      return Number(tps);
    },
    async dispose() {
      await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`);
      await admin.end();
    },
  };
}
