import { execFile } from "node:child_process";
import { promisify } from "node:util";

const run = promisify(execFile);

/**
 * A benchmark that builds its own database (payments' ledger and auto-pay, issue 11) runs as its own process inside
 * `npm run bench`: it needs a scratch PostgreSQL database and millions of rows the shared scenarios must not see.
 * Its stdout lines become notes under the table; a failure becomes a "!" note, which fails the run.
 */
export async function runStandalone(label: string, file: string, env: Record<string, string>): Promise<string[]> {
  process.stderr.write(`${label} …\n`);
  try {
    const { stdout } = await run(process.execPath, ["--import", "tsx", file], {
      env: { ...process.env, ...env },
      maxBuffer: 10 * 1024 * 1024,
    });
    return stdout
      .trim()
      .split("\n")
      .map((line) => `${label}: ${line}`);
  } catch (error) {
    return [`! ${label} failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`];
  }
}
