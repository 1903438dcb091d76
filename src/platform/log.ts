import { pino } from "pino";

export type Logger = pino.Logger;

/** Structured JSON logs; `LOG_LEVEL=silent` in tests keeps output clean without special cases in code. */
export function createLogger(level: string = process.env.LOG_LEVEL ?? "info"): Logger {
  return pino({ level, redact: ["req.headers.authorization", "req.headers.cookie", "password", "token"] });
}
