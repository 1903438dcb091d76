import { sql } from "drizzle-orm";
import { index, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";
import { blockSides } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const blockSide = pgEnum("block_side", blockSides);

/**
 * A worker and a company that will not work together (issue 15 item 10). Each side keeps its own row, so a company
 * lifting its block leaves the worker's standing. Unblocking stamps `removedAt` rather than deleting: the id stays
 * answerable (a repeated DELETE is the same 204) and one live row per side is kept by the partial unique index.
 */
export const blocks = pgTable(
  "blocks",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    blockedBy: blockSide().notNull(),
    /** The worker, or the company member who blocked. */
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
    removedAt: at(),
    removedBy: uuid().references(() => users.id),
  },
  (t) => [
    uniqueIndex("blocks_live_idx").on(t.companyId, t.workerId, t.blockedBy).where(sql`${t.removedAt} IS NULL`),
    // The worker's inbox excludes its blocked companies with one indexed lookup per worker.
    index("blocks_worker_idx").on(t.workerId).where(sql`${t.removedAt} IS NULL`),
  ],
);
