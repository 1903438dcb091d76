import { createRequire } from "node:module";
import { type DestinationStream, pino } from "pino";

export type Logger = pino.Logger;

const redact = ["req.headers.authorization", "req.headers.cookie", "password", "token"];

/**
 * Readable lines for a person at a terminal (issue 9): pino-pretty as a plain stream in this thread, loaded only
 * when stdout is a TTY. JSON otherwise (files, pipes, log collectors), or when LOG_FORMAT=json asks for it, or when
 * pino-pretty is not installed (`npm ci --omit=dev`).
 */
function terminalStream(): DestinationStream | undefined {
  if (!process.stdout.isTTY || process.env.LOG_FORMAT === "json") {
    return undefined;
  }
  try {
    const pretty = createRequire(import.meta.url)("pino-pretty") as (options: object) => DestinationStream;
    return pretty({ colorize: true, translateTime: "SYS:HH:MM:ss", ignore: "pid,hostname" });
  } catch {
    return undefined;
  }
}

/** Structured logs; `LOG_LEVEL=silent` in tests keeps output clean without special cases in code. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  const stream = level === "silent" ? undefined : terminalStream();
  return stream ? pino({ level, redact }, stream) : pino({ level, redact });
}
