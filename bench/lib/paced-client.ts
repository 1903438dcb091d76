// A child process of `npm run bench`: open-loop load. Requests start on a fixed schedule whatever the answers do,
// and each latency counts from its scheduled start, so a slow server cannot slow the load down and hide its own
// queueing (coordinated omission). Prints one JSON line: { requests, p50Ms, p99Ms, maxMs, failures }.
import http from "node:http";

interface PacedArgs {
  url: string;
  rate: number;
  seconds: number;
  connections: number;
  headers: Record<string, string>;
}

const args = JSON.parse(process.argv[2] ?? "{}") as PacedArgs;
const agent = new http.Agent({ keepAlive: true, maxSockets: args.connections });
const latencies: number[] = [];
let failures = 0;
let open = 0;

function fire(scheduledAt: number): void {
  open++;
  const done = (ok: boolean) => {
    open--;
    failures += ok ? 0 : 1;
    latencies.push(performance.now() - scheduledAt);
  };
  http
    .get(args.url, { agent, headers: args.headers }, (response) => {
      response.resume();
      response.on("end", () => done(response.statusCode === 200));
    })
    .on("error", () => done(false));
}

async function run(): Promise<void> {
  const total = Math.round(args.rate * args.seconds);
  const interval = 1000 / args.rate;
  const start = performance.now();
  let sent = 0;
  while (sent < total) {
    const now = performance.now();
    for (; sent < total && start + sent * interval <= now; sent++) {
      fire(start + sent * interval);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  while (open > 0) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  agent.destroy();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round((latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0) * 10) / 10;
  process.stdout.write(
    `${JSON.stringify({ requests: latencies.length, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: at(1), failures })}\n`,
  );
}

await run();
