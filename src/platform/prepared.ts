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
import { type Placeholder, type Query, type SQL, sql } from "drizzle-orm";
import { PgDialect, type PgSession } from "drizzle-orm/pg-core";
import type { Executor } from "./db";
import { type SelectedField, type SelectQuery, selectionOf } from "./drizzle-internals";

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
 * Statements built once (issue 10, fourth pass). The profile of a write put half its Node CPU in Drizzle turning
 * builders into SQL text, the same text on every call: only the values differed. A statement made here is built on
 * its first run with placeholders where the values go (`p.id` stands for `values.id`), then each run fills them in,
 * as Drizzle's own `.prepare()` does; unlike that, it runs on whatever executor is passed, so inside transactions.
 *
 * The rule that keeps this correct: a build function sits at module level and reads nothing per call. What differs
 * per call is a placeholder; what changes the statement's shape (which joins, which subqueries) is the `shape`
 * argument, one build per distinct shape. Placeholders bypass column encoders: pass values as the driver takes them
 * (ISO strings for timestamps, arrays as `= ANY(${p.ids}::uuid[])`).
 */
export type Params<V> = { readonly [K in keyof V & string]: Placeholder<K, V[K]> };

/** What a build function gets as `p`: a placeholder for whichever name it reads. */
export const placeholders = new Proxy({}, { get: (_, key) => sql.placeholder(String(key)) });

export const toQuery = (statement: SQL): Query => dialect.sqlToQuery(statement);

export interface Built {
  query: Query;
  name: string;
  /** A select's fields in row order and its left joins: the rows come back mapped as `await query` maps them. */
  select?: { fields: SelectedField[]; joinsNotNullableMap: Record<string, boolean> | undefined };
}

/** A statement's text and name, built once (selectBatch keeps its own decoders beside it). */
export function built(query: Query, select?: Built["select"]): Built {
  return { query, name: statementName(query.sql), select };
}

/** Runs a built statement with its placeholders' values: mapped rows for a select, `{ rows }` otherwise. */
export function run(tx: Executor, statement: Built, values: object): Promise<unknown> {
  const fields = statement.select?.fields as Parameters<PgSession["prepareQuery"]>[1];
  const prepared = sessionOf(tx).prepareQuery(statement.query, fields, statement.name, fields !== undefined);
  if (statement.select) {
    // Drizzle's own `.prepare()` sets it the same way after building the prepared query.
    (prepared as unknown as { joinsNotNullableMap?: Record<string, boolean> }).joinsNotNullableMap =
      statement.select.joinsNotNullableMap;
  }
  return prepared.execute(values as Record<string, unknown>);
}

/** One build per shape (shapes are a few enums and flags, so the map stays small). */
export function byShape<S, B extends Built = Built>(make: (shape: S) => B): (shape: S) => B {
  const shapes = new Map<string, B>();
  return (shape) => {
    const key = JSON.stringify(shape);
    let found = shapes.get(key);
    if (!found) {
      found = make(shape);
      shapes.set(key, found);
    }
    return found;
  };
}

/**
 * A select (or an UPDATE … RETURNING) builder built once per shape: `(tx, values, shape)` answers what awaiting the
 * builder would. Values given to `.set()` as placeholders still go through their columns' encoders.
 */
export function preparedSelect<V extends object, Q extends SelectQuery, S = null>(
  build: (db: Executor, p: Params<V>, shape: S) => Q,
): (tx: Executor, values: V, shape?: S) => Promise<Awaited<Q>> {
  let db: Executor | null = null;
  const statement = byShape<S>((shape) => {
    const query = build(db as Executor, placeholders as Params<V>, shape);
    return built(toQuery(query.getSQL()), selectionOf(query));
  });
  return (tx, values, shape) => {
    // Builders start from an executor; the statement is only built with it, each run uses its own `tx`.
    db = tx;
    return run(tx, statement(shape ?? (null as S)), values) as Promise<Awaited<Q>>;
  };
}

/** A hand-written statement built once per shape: its rows as objects, as `tx.execute` answers them. */
export function preparedStatement<Row, V extends object, S = null>(
  build: (p: Params<V>, shape: S) => SQL,
): (tx: Executor, values: V, shape?: S) => Promise<Row[]> {
  const statement = byShape<S>((shape) => built(toQuery(build(placeholders as Params<V>, shape))));
  return async (tx, values, shape) => {
    const result = (await run(tx, statement(shape ?? (null as S)), values)) as { rows: Row[] };
    return result.rows;
  };
}
