// Issue 9 item 1: time to the first answer of /health on a second start, against a bare process opening the same
// database. Both are real child processes timed from spawn to the first 200, so Node's own start-up counts on both
// sides; the worklane side runs `node bin/worklane.js start` exactly as `npm start` does (build check included).
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../..");
const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 3);
/** The target: a second start answers /health at most this much later than the bare process (median of rounds). */
const allowanceMs = 1000;

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") {
    throw new Error("no free port");
  }
  return address.port;
}

/** Spawns, times spawn → first /health 200, stops it with SIGTERM and waits for it to exit (PGlite closes cleanly). */
async function timeToHealth(args: string[], env: Record<string, string>): Promise<number> {
  const port = await freePort();
  const started = performance.now();
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent" },
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  try {
    for (;;) {
      if (child.exitCode !== null) {
        throw new Error(`${args.join(" ")} exited with ${child.exitCode}: ${stderr}`);
      }
      const health = await fetch(`http://127.0.0.1:${port}/health`).catch(() => null);
      if (health?.status === 200) {
        return performance.now() - started;
      }
      await sleep(10);
    }
  } finally {
    const exited = once(child, "exit");
    child.kill("SIGTERM");
    await exited;
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;
const ms = (values: number[]) => values.map((v) => v.toFixed(0)).join(", ");

/** A first start (migrations, not measured), then rounds of bare / worklane / worklane / bare. */
async function compare(label: string, bareName: string, env: Record<string, string>): Promise<string[]> {
  const worklane = ["bin/worklane.js", "start", "--no-build"];
  const bare = ["bench/lib/bare-start.js"];
  await timeToHealth(worklane, env);
  const times = { worklane: [] as number[], bare: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    process.stderr.write(`${label}: start-up round ${round + 1}/${rounds} …\n`);
    times.bare.push(await timeToHealth(bare, env));
    times.worklane.push(await timeToHealth(worklane, env));
    times.worklane.push(await timeToHealth(worklane, env));
    times.bare.push(await timeToHealth(bare, env));
  }
  const gap = median(times.worklane) - median(times.bare);
  return [
    `${label}: second start to first /health answer, median ${median(times.worklane).toFixed(0)} ms ` +
      `(${ms(times.worklane)}); ${bareName}: median ${median(times.bare).toFixed(0)} ms (${ms(times.bare)})`,
    `${gap <= allowanceMs ? "" : "! "}target ${label} second start <= ${bareName} + ${allowanceMs} ms: ` +
      `${gap <= allowanceMs ? "met" : "NOT met"} (+${gap.toFixed(0)} ms)`,
  ];
}

/** Start-up lines for the bench's notes: PGlite on a fresh folder, and PostgreSQL when its server is reachable. */
export async function measureStartup(postgresUrl: string | null): Promise<string[]> {
  const lines: string[] = [];
  const dataDir = mkdtempSync(path.join(tmpdir(), "worklane-startup-"));
  try {
    lines.push(...(await compare("PGlite", "bare PGlite opening the same folder", { WORKLANE_DATA_DIR: dataDir })));
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
  if (!postgresUrl) {
    return lines;
  }
  const admin = new pg.Client({ connectionString: postgresUrl, connectionTimeoutMillis: 3000 });
  const name = `${process.env.BENCH_DATABASE ?? "worklane_bench"}_startup`;
  try {
    await admin.connect();
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    return [...lines, `PostgreSQL start-up skipped: ${error instanceof Error ? error.message : String(error)}`];
  }
  const url = new URL(postgresUrl);
  url.pathname = `/${name}`;
  // The uploads folder is still used with DATABASE_URL; a scratch one keeps ./data out of it.
  const files = mkdtempSync(path.join(tmpdir(), "worklane-startup-"));
  try {
    lines.push(
      ...(await compare("PostgreSQL", "bare pg connect + SELECT 1", {
        DATABASE_URL: url.toString(),
        WORKLANE_DATA_DIR: files,
      })),
    );
  } finally {
    rmSync(files, { recursive: true, force: true });
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin.end();
  }
  return lines;
}
