// `BENCH_CPU_PROFILE=<folder>`: a V8 CPU profile of the server process during one route cell's two middle slices
// (round one's B B), written as `<folder>/<cell>.cpuprofile` with the requests it answered, so
// `npx tsx bench/cpu-summary.ts <file> <requests>` divides by them. `node --cpu-prof` would also hold seeding,
// module loading and the bare cells, which drown a write request's own milliseconds.
import { mkdirSync, writeFileSync } from "node:fs";
import { Session } from "node:inspector/promises";
import { join } from "node:path";

const folder = process.env.BENCH_CPU_PROFILE;

export async function withCpuProfile<T>(cell: string, answered: () => number, run: () => Promise<T>): Promise<T> {
  if (!folder) {
    return run();
  }
  const session = new Session();
  session.connect();
  await session.post("Profiler.enable");
  await session.post("Profiler.setSamplingInterval", { interval: 200 });
  await session.post("Profiler.start");
  const before = answered();
  try {
    return await run();
  } finally {
    const { profile } = await session.post("Profiler.stop");
    session.disconnect();
    mkdirSync(folder, { recursive: true });
    const name = `${cell.replace(/[^a-z0-9]+/gi, "-").slice(0, 60)}.${answered() - before}req.cpuprofile`;
    writeFileSync(join(folder, name), JSON.stringify(profile));
    process.stderr.write(`cpu profile: ${join(folder, name)}\n`);
  }
}
