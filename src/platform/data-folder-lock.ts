import { closeSync, linkSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import path from "node:path";

/**
 * One process at a time on an embedded (PGlite) data folder. PGlite keeps no lock of its own: two processes on one
 * folder each answer writes the other never sees, and after a restart only one side's writes are left. The lock is
 * a file created with O_EXCL holding the owner's pid; a lock whose pid is no longer running (kill -9, power loss)
 * is stale and taken over. It goes when the database closes or the process exits.
 */

export const lockFileName = "worklane.lock";

interface Owner {
  pid: number;
  command: string;
  host: string;
  startedAt: string;
}

/** Another process holds the folder: the message names it and says what to do instead. */
export class DataFolderInUse extends Error {
  readonly owner: Owner | null;
  readonly lockFile: string;

  constructor(dataDir: string, lockFile: string, owner: Owner | null) {
    const who = owner
      ? `Worklane process ${owner.pid} (\`${owner.command}\`, running since ${owner.startedAt})`
      : "another Worklane process";
    super(
      [
        `The data folder ${dataDir} is in use by ${who}.`,
        "The embedded database takes one process at a time; a second one would lose writes.",
        owner
          ? `Stop that process first (Ctrl+C in its terminal, or \`kill ${owner.pid}\`), then run this again.`
          : "Stop that process first, then run this again.",
        "To run several processes (or the CLI beside the server), use PostgreSQL: set DATABASE_URL.",
        `If no Worklane process is running, remove ${lockFile}.`,
      ].join("\n"),
    );
    this.name = "DataFolderInUse";
    this.owner = owner;
    this.lockFile = lockFile;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

function readOwner(file: string): Owner | null {
  try {
    const owner = JSON.parse(readFileSync(file, "utf8")) as Owner;
    return Number.isInteger(owner.pid) && owner.pid > 0 ? owner : null;
  } catch {
    return null;
  }
}

/** A lock nobody can hold any more: its process is gone, or it stayed unreadable longer than a write takes. */
function isStale(file: string, owner: Owner | null): boolean {
  if (owner) {
    return owner.host === hostname() && !isRunning(owner.pid);
  }
  try {
    return Date.now() - statSync(file).mtimeMs > 10_000;
  } catch {
    return true;
  }
}

/**
 * Moves a stale lock aside. The rename is atomic, so of two processes taking over the same stale lock one moves
 * it; if what was moved turns out to be a live lock (the other process got there first and made a new one), it is
 * put back.
 */
function removeStale(file: string, stale: Owner | null): void {
  const aside = `${file}.stale-${process.pid}`;
  try {
    renameSync(file, aside);
  } catch {
    return;
  }
  const moved = readOwner(aside);
  if (moved && moved.pid !== stale?.pid && isRunning(moved.pid)) {
    try {
      linkSync(aside, file);
    } catch {
      // A third lock exists already: that one decides.
    }
  }
  unlinkSync(aside);
}

/** Takes the lock on `dataDir` or throws DataFolderInUse; the returned function releases it (once, idempotent). */
export function lockDataFolder(dataDir: string, command = commandLine()): () => void {
  const file = path.join(dataDir, lockFileName);
  const me: Owner = { pid: process.pid, command, host: hostname(), startedAt: new Date().toISOString() };
  for (let attempt = 0; ; attempt++) {
    try {
      const fd = openSync(file, "wx", 0o644);
      writeSync(fd, JSON.stringify(me));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") {
        throw error;
      }
      const owner = readOwner(file);
      if (attempt > 2 || !isStale(file, owner)) {
        throw new DataFolderInUse(path.resolve(dataDir), file, owner);
      }
      removeStale(file, owner);
    }
  }
  let held = true;
  const release = () => {
    if (!held) {
      return;
    }
    held = false;
    process.off("exit", release);
    // Only our own lock: never one a later process took over.
    if (readOwner(file)?.pid === process.pid) {
      unlinkSync(file);
    }
  };
  process.on("exit", release);
  return release;
}

/** The command without its options (which may hold a password): "worklane start", "worklane staff create". */
function commandLine(): string {
  const args = process.argv.slice(2);
  const firstOption = args.findIndex((arg) => arg.startsWith("-"));
  return ["worklane", ...(firstOption === -1 ? args : args.slice(0, firstOption))].join(" ");
}
