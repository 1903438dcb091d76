import { z } from "zod";

const Env = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default("0.0.0.0"),
  DATABASE_URL: z.string().url().optional(),
  /** Connections each process keeps to DATABASE_URL (db.ts `defaultPoolSize` when unset). */
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(500).optional(),
  WORKLANE_DATA_DIR: z.string().default("./data"),
  /** Also write every sent mail there as JSON (platform/mail.ts): a mail drop for browser tests and development. */
  WORKLANE_MAIL_DIR: z.string().optional(),
  /** Real delivery, e.g. smtp://user:pass@host:587 (smtps:// for TLS from the start); unset: the log transport. */
  SMTP_URL: z.string().url().optional(),
  /** The From of every email; defaults to no-reply at PUBLIC_URL's host. */
  MAIL_FROM: z.string().optional(),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  /** The address people reach the app at; links in emails are built from it. */
  PUBLIC_URL: z.string().url().optional(),
  /** Set when a TLS-terminating proxy sits in front, so cookies become Secure and client IPs are read from it. */
  TRUST_PROXY: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** How often (ms) each process polls the job queue. */
  JOB_POLL_MS: z.coerce.number().int().min(50).max(60_000).default(1000),
  WORKLANE_JOBS: z.enum(["on", "off"]).default("on"),
  /** Development and tests only: let webhook endpoints use private, loopback and link-local addresses (SSRF guard). */
  WORKLANE_WEBHOOKS_ALLOW_PRIVATE: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /**
   * Development and browser tests only: the staff sandbox controls that let time pass for one record (backdating an
   * invoice, so a journey can see past due and the lock without waiting days). Off by default; never set it in
   * production. They also refuse whenever the payment provider is not in test mode.
   */
  WORKLANE_SANDBOX_CONTROLS: z
    .enum(["true", "false"])
    .default("false")
    .transform((v) => v === "true"),
  /** Whole days an invoice may stay past due before its company's account locks (issue 11 item 5); 3 by default. */
  WORKLANE_PAST_DUE_GRACE_DAYS: z.coerce.number().int().min(1).max(60).default(3),
  /**
   * The platform fee of each company plan in basis points (issue 11 item 3): 1000 is 10%. An invoice keeps the rate
   * it was opened with, so changing these moves only invoices opened afterwards.
   */
  WORKLANE_FEE_STANDARD_BPS: z.coerce.number().int().min(0).max(10_000).default(1000),
  WORKLANE_FEE_ENTERPRISE_BPS: z.coerce.number().int().min(0).max(10_000).default(500),
  /** How long (ms) one webhook delivery attempt may take before it counts as failed. */
  WORKLANE_WEBHOOKS_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(15_000),
});

export type Config = z.infer<typeof Env> & { publicUrl: string };

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = Env.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join("\n")}`);
  }
  const publicUrl = parsed.data.PUBLIC_URL ?? `http://localhost:${parsed.data.PORT}`;
  return { ...parsed.data, publicUrl };
}
