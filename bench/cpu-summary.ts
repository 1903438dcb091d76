// `npx tsx bench/cpu-summary.ts <file.cpuprofile> [requests]`: where the server spent its CPU in one bench cell, as
// self time by package (or by our own folder) and the top functions, divided per request when given. Run:
//   BENCH_ROUNDS=1 BENCH_ONLY=postgres BENCH_SCENARIO=lifecycle BENCH_CPU_PROFILE=/tmp/prof npx tsx bench/run.ts
// and pass the file it names (its name holds the requests answered).
import { readFileSync } from "node:fs";

interface Node {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: Node[];
  samples: number[];
  timeDeltas: number[];
}

const [file, perRequests] = process.argv.slice(2);
if (!file) {
  throw new Error("usage: tsx bench/cpu-summary.ts <file.cpuprofile> [requests]");
}
const profile = JSON.parse(readFileSync(file, "utf8")) as Profile;
const byId = new Map(profile.nodes.map((node) => [node.id, node]));
const self = new Map<number, number>();
profile.samples.forEach((id, index) => {
  self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
});

/** A package name from node_modules, our folder under src/ or bench/, or the runtime. */
function bucketOf(url: string, name: string): string {
  const modules = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(url);
  if (modules?.[1]) {
    return modules[1];
  }
  const ours = /\/(src\/(?:domains\/[^/]+|platform|shared)|bench)\//.exec(url);
  if (ours?.[1]) {
    return ours[1];
  }
  if (url.startsWith("node:")) {
    return url;
  }
  return url === "" ? `(${name || "runtime"})` : "(other)";
}

const buckets = new Map<string, number>();
const functions = new Map<string, number>();
let total = 0;
for (const [id, micros] of self) {
  const node = byId.get(id);
  if (!node) {
    continue;
  }
  const { functionName, url, lineNumber } = node.callFrame;
  if (functionName === "(idle)" || functionName === "(program)") {
    continue;
  }
  total += micros;
  const bucket = bucketOf(url, functionName);
  buckets.set(bucket, (buckets.get(bucket) ?? 0) + micros);
  const where = `${functionName || "(anonymous)"} ${url.replace(/^.*node_modules\//, "").replace(/^.*\/wt\/[^/]+\//, "")}:${lineNumber + 1}`;
  functions.set(where, (functions.get(where) ?? 0) + micros);
}
const requests = Number(perRequests ?? 0);
const unit = requests > 0 ? "ms per request" : "ms";
const show = (micros: number) => (requests > 0 ? micros / 1000 / requests : micros / 1000).toFixed(3);
const top = (map: Map<string, number>, count: number) =>
  [...map.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(
      ([name, micros]) => `  ${show(micros).padStart(9)}  ${((micros / total) * 100).toFixed(1).padStart(5)}%  ${name}`,
    );
process.stdout.write(
  [
    `busy CPU ${show(total)} ${unit} (idle and GC bookkeeping left out)`,
    "by package or folder (self time):",
    ...top(buckets, 25),
    "top functions (self time):",
    ...top(functions, 30),
    "",
  ].join("\n"),
);
