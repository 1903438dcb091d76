import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DataFolderInUse, lockDataFolder, lockFileName } from "./data-folder-lock";

let dataDir: string;
let lockFile: string;
beforeEach(() => {
  dataDir = mkdtempSync(path.join(tmpdir(), "worklane-lock-"));
  lockFile = path.join(dataDir, lockFileName);
});
afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

/** The pid of a process that has ended: a lock left by kill -9. */
function deadPid(): number {
  const ended = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"]);
  return Number(ended.stdout.toString());
}

describe("the data folder lock", () => {
  it("holds the owner's pid and command, refuses a second opener by name, and goes on release", () => {
    const release = lockDataFolder(dataDir, "worklane start");
    expect(JSON.parse(readFileSync(lockFile, "utf8"))).toMatchObject({ pid: process.pid, command: "worklane start" });

    const refused = (() => {
      try {
        lockDataFolder(dataDir, "worklane staff create");
      } catch (error) {
        return error;
      }
    })();
    expect(refused).toBeInstanceOf(DataFolderInUse);
    expect((refused as Error).message).toContain(`in use by Worklane process ${process.pid} (\`worklane start\``);
    expect((refused as Error).message).toContain("Stop that process first");

    release();
    release();
    expect(existsSync(lockFile)).toBe(false);
    lockDataFolder(dataDir)();
  });

  it("takes over a lock whose process is gone", () => {
    const pid = deadPid();
    writeFileSync(lockFile, JSON.stringify({ pid, command: "worklane start", host: hostname(), startedAt: "x" }));
    const release = lockDataFolder(dataDir);
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.pid);
    release();
  });

  it("refuses an unreadable lock while it may still be being written", () => {
    writeFileSync(lockFile, "");
    expect(() => lockDataFolder(dataDir)).toThrow(/in use by another Worklane process/);
  });

  it("leaves alone a lock another process took over meanwhile", () => {
    const release = lockDataFolder(dataDir);
    writeFileSync(lockFile, JSON.stringify({ pid: process.ppid, command: "worklane start", host: hostname() }));
    release();
    expect(JSON.parse(readFileSync(lockFile, "utf8")).pid).toBe(process.ppid);
  });
});
