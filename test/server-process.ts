import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/** A real `worklane start` child process on its own port, for tests that kill, restart or race servers. */
export interface ServerProcess {
  url: string;
  process: ChildProcess;
  output: string[];
}

const root = path.resolve(import.meta.dirname, "..");

async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  if (!address || typeof address === "string") {
    throw new Error("no port");
  }
  return address.port;
}

/** Starts a server and resolves once it answers /health. `env` adds to (or, with undefined, removes from) ours. */
export async function startServer(
  env: Record<string, string | undefined>,
  timeoutMs = 150_000,
): Promise<ServerProcess> {
  const port = await freePort();
  const merged: NodeJS.ProcessEnv = { ...process.env, PORT: String(port), HOST: "127.0.0.1", LOG_LEVEL: "silent" };
  for (const [name, value] of Object.entries(env)) {
    if (value === undefined) {
      delete merged[name];
    } else {
      merged[name] = value;
    }
  }
  const child = spawn(process.execPath, ["bin/worklane.js", "start", "--no-build"], {
    cwd: root,
    env: merged,
    stdio: ["ignore", "pipe", "pipe"],
  });
  const output: string[] = [];
  child.stdout?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  child.stderr?.on("data", (chunk: Buffer) => output.push(chunk.toString()));
  const server = { url: `http://127.0.0.1:${port}`, process: child, output };
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`the server exited with ${child.exitCode}:\n${output.join("")}`);
    }
    const health = await fetch(`${server.url}/health`).catch(() => null);
    if (health?.status === 200) {
      return server;
    }
    await sleep(250);
  }
  child.kill("SIGKILL");
  throw new Error(`the server did not answer /health in ${timeoutMs} ms:\n${output.join("")}`);
}

/** Resolves when the process has gone, however it went (SIGTERM first, SIGKILL after 15 s). */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.process.exitCode !== null || server.process.signalCode !== null) {
    return;
  }
  const exited = once(server.process, "exit");
  server.process.kill("SIGTERM");
  const done = await Promise.race([exited.then(() => true), sleep(15_000).then(() => false)]);
  if (!done) {
    server.process.kill("SIGKILL");
    await exited;
  }
}

/** Waits for a process that is expected to die by itself (a fault point's SIGKILL). */
export async function exited(server: ServerProcess, timeoutMs = 15_000): Promise<NodeJS.Signals | number | null> {
  if (server.process.exitCode === null && server.process.signalCode === null) {
    await Promise.race([once(server.process, "exit"), sleep(timeoutMs)]);
  }
  return server.process.signalCode ?? server.process.exitCode;
}

/** A database a crash test may kill servers over: its own PGlite folder, or its own PostgreSQL database. */
export interface Target {
  name: string;
  env: Record<string, string | undefined>;
  cleanup(): Promise<void>;
}

export function pgliteTarget(): Target {
  const dir = mkdtempSync(path.join(tmpdir(), "wl-crash-"));
  return {
    name: "PGlite",
    env: { WORKLANE_DATA_DIR: dir, DATABASE_URL: undefined },
    cleanup: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

export async function postgresTarget(): Promise<Target> {
  const adminUrl = process.env.TEST_DATABASE_URL ?? "";
  const name = `wl_crash_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(statement).finally(() => client.end());
  };
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const dir = mkdtempSync(path.join(tmpdir(), "wl-crash-"));
  return {
    name: "PostgreSQL",
    env: { DATABASE_URL: url.toString(), WORKLANE_DATA_DIR: dir },
    cleanup: async () => {
      rmSync(dir, { recursive: true, force: true });
      await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}
