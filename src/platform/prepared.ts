/**
 * Hot statements as named prepared statements (issue 10). pg_stat_statements on the lifecycle bench showed
 * PostgreSQL spending twice as long planning as executing: the assignment view's one statement (a dozen small
 * subqueries) took 1.1 ms to plan and under 1 ms to run, on every action. node-postgres parses a named statement once
 * per connection and PostgreSQL then keeps its plan, so the second run on a connection skips parse and plan.
 *
 * Opt-in, for fixed-shape statements whose parameters only pick rows by key: PostgreSQL may switch such a statement
 * to a generic plan after five runs, which is right for key lookups and wrong for a search whose best plan depends on
 * the values. Each distinct text stays prepared on every connection for its life, so callers keep the number of
 * shapes small (no IN lists of varying length: `= ANY(array)`). PGlite has no named statements; there the text runs
 * as before.
 */
import { createHash } from "node:crypto";
import type { SQL } from "drizzle-orm";
import { PgDialect, type PgSession } from "drizzle-orm/pg-core";
import type { Executor } from "./db";
import { type SelectQuery, selectionOf } from "./drizzle-internals";

/** The same SQL building the executors use (db.ts opens both drivers with snake_case casing). */
const dialect = new PgDialect({ casing: "snake_case" });

/** Statement names by text. Bounded: past the bound it starts over (names are a pure function of the text). */
const names = new Map<string, string>();
const MAX_NAMES = 2_000;

/** A name that only this text can have: pg refuses one name for two texts on a connection. */
export function statementName(text: string): string {
  let name = names.get(text);
  if (!name) {
    if (names.size >= MAX_NAMES) {
      names.clear();
    }
    name = `wl_${createHash("sha1").update(text).digest("hex").slice(0, 24)}`;
    names.set(text, name);
  }
  return name;
}

/** The executor's driver session (Drizzle's public `_` handle, the same one its own prepared queries use). */
function sessionOf(tx: Executor): PgSession {
  return (tx as unknown as { _: { session: PgSession } })._.session;
}

/** Runs a raw statement as a named prepared statement: its rows as objects, as `tx.execute` answers them. */
export async function executePrepared<Row>(tx: Executor, statement: SQL): Promise<Row[]> {
  const query = dialect.sqlToQuery(statement);
  const prepared = sessionOf(tx).prepareQuery(query, undefined, statementName(query.sql), false);
  const result = (await prepared.execute()) as { rows: Row[] };
  return result.rows;
}

/**
 * Awaits a select builder as a named prepared statement: the same rows `await query` gives (Drizzle's own mapping,
 * left-join nulls included), built as Drizzle's `.prepare()` builds it, with a name only its text can have.
 */
export async function selectPrepared<Q extends SelectQuery>(tx: Executor, query: Q): Promise<Awaited<Q>> {
  const { fields, joinsNotNullableMap } = selectionOf(query);
  const built = dialect.sqlToQuery(query.getSQL());
  const ordered = fields as Parameters<PgSession["prepareQuery"]>[1];
  const prepared = sessionOf(tx).prepareQuery(built, ordered, statementName(built.sql), true);
  // Drizzle's own `.prepare()` sets it the same way after building the prepared query.
  (prepared as unknown as { joinsNotNullableMap?: Record<string, boolean> }).joinsNotNullableMap = joinsNotNullableMap;
  return (await prepared.execute()) as Awaited<Q>;
}
