// A child process of `npm run bench`: one closed-loop autocannon cell. The load runs outside the server's process,
// so the server's CPU time (process.cpuUsage in bench/run.ts) is the server's alone. Prints one JSON line.
import autocannon from "autocannon";

interface ChildArgs {
  url: string;
  headers?: Record<string, string>;
  connections: number;
  seconds: number;
  requests?: autocannon.Request[];
  initialContext?: Record<string, unknown>;
}

const args = JSON.parse(process.argv[2] ?? "{}") as ChildArgs;
const result = await autocannon({
  url: args.url,
  headers: args.headers,
  connections: args.connections,
  duration: args.seconds,
  // setupRequest / onResponse arrive as module paths; autocannon requires them in this process.
  ...(args.requests ? { requests: args.requests, initialContext: args.initialContext } : {}),
});
process.stdout.write(
  `${JSON.stringify({
    requests: result.requests.total,
    duration: result.duration,
    p99: result.latency.p99,
    failures: result.errors + result.timeouts + result.non2xx,
  })}\n`,
);
