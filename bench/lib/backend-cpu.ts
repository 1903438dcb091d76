// PostgreSQL's own CPU per request (issue 10, seventh pass): the driver-side statement times include queueing and
// the other transactions' CPU, so they cannot say how much work PostgreSQL did for a request. PostgreSQL runs on the
// bench's machine, so the work is read where the kernel counts it: /proc/<pid>/stat of every server process attached
// to the bench's database (its backends, and the autovacuum its writes call for).
import { readFileSync } from "node:fs";
import type pg from "pg";

/** USER_HZ, the unit of /proc's CPU times: 100 on every Linux this runs on (`getconf CLK_TCK`). */
const msPerTick = 10;

/** CPU milliseconds (user + system) each process has used so far, by pid; a process gone since is left out. */
export type CpuByPid = Map<number, number>;

function cpuMsOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    // Fields after the command's closing parenthesis start at field 3; utime and stime are fields 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) * msPerTick;
  } catch {
    return null;
  }
}

/** Reads the processes serving `database`; null where /proc is not there to read (not Linux). */
export async function backendCpu(admin: pg.Client, database: string): Promise<CpuByPid | null> {
  const { rows } = await admin.query<{ pid: number }>("SELECT pid FROM pg_stat_activity WHERE datname = $1", [
    database,
  ]);
  const byPid: CpuByPid = new Map();
  for (const { pid } of rows) {
    const ms = cpuMsOf(pid);
    if (ms !== null) {
      byPid.set(pid, ms);
    }
  }
  return rows.length > 0 && byPid.size === 0 ? null : byPid;
}

/** The CPU the processes used between two readings (a process started in between counts from zero). */
export function cpuBetween(before: CpuByPid, after: CpuByPid): number {
  let ms = 0;
  for (const [pid, now] of after) {
    ms += now - (before.get(pid) ?? 0);
  }
  return ms;
}
