import { execFile } from "node:child_process";
import { once } from "node:events";
import { existsSync, readFileSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pgliteTarget, type ServerProcess, startServer } from "./server-process";

/**
 * Issue 7 item 1: two real processes on one embedded (PGlite) data folder. The server holds the folder; a second
 * `worklane start` and a writing CLI command are refused with a message naming the server's pid, and nothing is
 * written beside it. After kill -9 the lock is stale and the next process takes the folder over.
 */

const root = path.resolve(import.meta.dirname, "..");
const target = pgliteTarget();
const lockFile = path.join(target.env.WORKLANE_DATA_DIR ?? "", "worklane.lock");

/** The CLI's environment: ours, on the target's folder, with its own port (a second `start` needs one). */
function env(port: number): NodeJS.ProcessEnv {
  const vars: NodeJS.ProcessEnv = {
    ...process.env,
    ...target.env,
    PORT: String(port),
    HOST: "127.0.0.1",
    LOG_LEVEL: "silent",
  };
  delete vars.DATABASE_URL;
  return vars;
}

async function freePort(): Promise<number> {
  const server = createServer().listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  return typeof address === "object" && address ? address.port : 0;
}

function cli(args: string[], port = 0): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      ["bin/worklane.js", ...args],
      { cwd: root, env: env(port), timeout: 90_000 },
      (e, o, r) => resolve({ code: e ? (typeof e.code === "number" ? e.code : 1) : 0, stdout: o, stderr: r }),
    );
  });
}

let server: ServerProcess | undefined;
afterAll(async () => {
  server?.process.kill("SIGKILL");
  await target.cleanup();
});

describe("one embedded data folder, two processes", () => {
  it("refuses a second server and a writing CLI command while the server runs; takes over after kill -9", {
    timeout: 240_000,
  }, async () => {
    const first = await startServer(target.env);
    server = first;
    const pid = first.process.pid;
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid, command: "worklane start" });
    // The server itself writes (and, started from its build, sets cookies: a bundled `cookie` once broke that).
    const signUp = await fetch(`${first.url}/api/v1/auth/signup`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({
        email: "owner@example.com",
        password: "long enough pw",
        name: "O",
        accountType: "worker",
      }),
    });
    expect(signUp.status, await signUp.clone().text()).toBe(202);
    const logIn = await fetch(`${first.url}/api/v1/auth/login`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "owner@example.com", password: "long enough pw" }),
    });
    expect(logIn.status, await logIn.clone().text()).toBe(200);
    expect(logIn.headers.get("set-cookie")).toMatch(/^wl_session=/);

    const [second, staff] = await Promise.all([
      cli(["start", "--no-build"], await freePort()),
      cli(["staff", "create", "--role", "admin", "--email", "beside@example.com", "--password", "long enough pw"]),
    ]);
    for (const refused of [second, staff]) {
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is in use by Worklane process ${pid} (\`worklane start\``);
      expect(refused.stderr).toContain(`Stop that process first (Ctrl+C in its terminal, or \`kill ${pid}\`)`);
      expect(refused.stderr).not.toMatch(/\n\s+at /); // a message, not a stack trace
    }
    expect((await fetch(`${first.url}/health`)).status).toBe(200);

    // kill -9 leaves the lock behind with a pid that is gone: the next process takes the folder.
    first.process.kill("SIGKILL");
    await once(first.process, "exit");
    expect(existsSync(lockFile)).toBe(true);
    const after = await cli([
      "staff",
      "create",
      "--role",
      "admin",
      "--email",
      "after@example.com",
      "--password",
      "long enough pw",
    ]);
    expect(after.stderr).toBe("");
    expect(after.code).toBe(0);
    expect(after.stdout).toContain("Created admin staff account after@example.com");
    expect(existsSync(lockFile), "released when the command ended").toBe(false);
  });
});
