import type { Ctx } from "./context";
import type { EventHook } from "./history";
import type { StandingCheck } from "./http/standing";
import type { App } from "./http/types";
import type { JobHandler } from "./jobs";

export interface DemoOptions {
  /** Seeded random source, so `worklane demo --seed 7` builds the same marketplace twice. */
  random: () => number;
  scale: number;
  progress: (label: string, done: number, total: number) => void;
}

/**
 * What the API reference says about each operation, by operationId: a summary (the sidebar's line) and a description.
 * A route whose description is generated from data (the CSV import's columns) keeps its own and gives a summary only.
 */
export type OperationDocs = Record<string, { summary: string; description?: string }>;

/** What each domain's index.ts hands the registry: nothing here knows a domain by name. */
export interface Domain {
  name: string;
  /** The OpenAPI tags this domain's operations use, each with the text a reader of the reference sees. */
  tags?: { name: string; description: string }[];
  routes?: (app: App) => void;
  /** The reference text of this domain's operations (operations.ts). */
  operations?: OperationDocs;
  jobs?: JobHandler[];
  /** Outgoing messages for the OpenAPI 3.1 `webhooks` section (path items by name) and the schemas they refer to. */
  webhooks?: { webhooks: Record<string, unknown>; schemas: Record<string, unknown> };
  /**
   * Run inside the transaction of another domain's events (platform/history.ts): a domain above keeping state about
   * a lower one's records (ratings), or notifications queueing webhook deliveries of any domain's events (it reads
   * nothing of theirs: their domains provide the company and the snapshot).
   */
  eventHooks?: EventHook[];
  /** Refuses a signed-in account's writes while its standing does not allow them (moderation's sanctions). */
  standing?: StandingCheck;
  /** Fills this domain's part of the demo marketplace through its own actions. */
  demo?: (ctx: Ctx, options: DemoOptions) => Promise<void>;
  /** Work to do once at start-up, after migrations (e.g. publishing first policy versions). */
  init?: (ctx: Ctx) => Promise<void>;
}
