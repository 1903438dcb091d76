/**
 * Several independent SELECTs in one round trip (issue 10). A view built from ten small reads paid ten socket writes,
 * ten Drizzle builds and ten waits while its row lock was held; the profile put 40 % of a write's CPU in `writev`
 * alone. Here each query runs as a scalar subquery whose rows come back as one JSON array of positional arrays, and
 * each row is decoded by the very mapper Drizzle applies to a plain `await query` (same fields, same column decoders,
 * same null handling for left joins), so a caller swaps `await q` for `batch.q` and gets identical values.
 *
 * What JSON cannot carry exactly is kept out by the project's types: bigint columns are capped at 2^53 − 1 (see
 * db.ts), timestamps are `timestamptz` (JSON keeps the offset) and numerics are read in `number` mode. A test
 * compares a batch with the plain reads on both databases for every column kind the views use.
 */
import { type SQL, sql } from "drizzle-orm";
import type { Executor } from "./db";
import { mapResultRow, type SelectedField, type SelectQuery, selectionOf } from "./drizzle-internals";
import { built, byShape, executePrepared, type Params, placeholders, run, toQuery } from "./prepared";

type Fields = SelectedField[];
/**
 * A hand-written SELECT (a UNION, an aggregate) for a batch, or awaited alone: its rows come back as objects with
 * these column names. In a batch the values are as JSON carries them, so keep to text, numbers and booleans.
 */
export class RawSelect<Row> implements PromiseLike<Row[]> {
  constructor(
    private readonly tx: Executor,
    readonly query: SQL,
    readonly columns: readonly (keyof Row & string)[],
  ) {}

  getSQL(): SQL {
    return this.query;
  }

  // biome-ignore lint/suspicious/noThenProperty: awaited alone, it runs like a Drizzle query does
  then<A = Row[], B = never>(
    onFulfilled?: ((rows: Row[]) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): PromiseLike<A | B> {
    const rows = this.tx.execute(this.query).then((result) => (result as unknown as { rows: Row[] }).rows);
    return rows.then(onFulfilled, onRejected);
  }

  /** One row from a batch's positional values. */
  decode(values: unknown[]): Row {
    return Object.fromEntries(this.columns.map((column, i) => [column, values[i]])) as Row;
  }
}

/** A read another domain provides for a batch: its statement and how its rows decode (the row type stays its own). */
export interface BatchRead<T> {
  query: RawSelect<unknown>;
  decode(rows: unknown[]): T;
}

export function batchRead<Row, T>(query: RawSelect<Row>, decode: (rows: Row[]) => T): BatchRead<T> {
  return { query: query as unknown as RawSelect<unknown>, decode: (rows) => decode(rows as Row[]) };
}

/** Queries by name; a null one is not run and answers no rows (a part this caller may not see). */
type Batch = Record<string, SelectQuery | null>;
/** Each query's rows, as awaiting it would give them. */
export type BatchRows<T extends Batch> = { [K in keyof T]: Awaited<NonNullable<T[K]>> };

/** PostgreSQL's FUNC_MAX_ARGS: json_build_array takes at most 100 arguments. */
const MAX_FIELDS = 100;

function subquery(query: SelectQuery, fields: Fields): SQL {
  if (fields.length > MAX_FIELDS) {
    throw new Error(`selectBatch: ${fields.length} fields, at most ${MAX_FIELDS} per query`);
  }
  const names = fields.map((_, i) => sql.raw(`c${i}`));
  const columns = sql.join(names, sql`, `);
  const elements = sql.join(
    names.map((name) => sql`x.${name}`),
    sql`, `,
  );
  // The aggregate reads the subquery in its own ORDER BY's order (a plain scan of a sorted subquery).
  return sql`(SELECT coalesce(json_agg(json_build_array(${elements})), '[]'::json) FROM (${query.getSQL()}) AS x(${columns}))`;
}

interface Entry {
  key: string;
  decode: (values: unknown[]) => unknown;
}

/** The batch's one statement, and how each key's rows decode; keys with a null query answer no rows. */
function batchOf(queries: Batch): { statement: SQL | null; entries: Entry[]; empty: string[] } {
  const empty: string[] = [];
  const parts = Object.entries(queries).flatMap(([key, query]) => {
    if (!query) {
      empty.push(key);
      return [];
    }
    if (query instanceof RawSelect) {
      const fields = query.columns.map((column) => ({ path: [column], field: null }));
      return [{ key, query, fields, decode: (values: unknown[]) => query.decode(values) }];
    }
    const { fields, joinsNotNullableMap } = selectionOf(query);
    return [{ key, query, fields, decode: (values: unknown[]) => mapResultRow(fields, values, joinsNotNullableMap) }];
  });
  if (parts.length === 0) {
    return { statement: null, entries: [], empty };
  }
  const selected = sql.join(
    parts.map(({ key, query, fields }) => sql`${subquery(query, fields)} AS ${sql.identifier(key)}`),
    sql`, `,
  );
  return { statement: sql`SELECT ${selected}`, entries: parts.map(({ key, decode }) => ({ key, decode })), empty };
}

function decoded<T extends Batch>(row: Record<string, unknown[][]> | undefined, entries: Entry[], empty: string[]) {
  if (!row) {
    throw new Error("selectBatch: the statement answered no row");
  }
  const answer: Record<string, unknown[]> = {};
  for (const key of empty) {
    answer[key] = [];
  }
  for (const { key, decode } of entries) {
    answer[key] = (row[key] ?? []).map(decode);
  }
  return answer as BatchRows<T>;
}

/** Runs every query in one statement and answers each one's rows under its key, as awaiting it would have. */
export async function selectBatch<T extends Batch>(tx: Executor, queries: T): Promise<BatchRows<T>> {
  const { statement, entries, empty } = batchOf(queries);
  // A batch is a fixed set of key lookups, planned once per connection (prepared.ts).
  const rows = statement ? await executePrepared<Record<string, unknown[][]>>(tx, statement) : [{}];
  return decoded<T>(rows[0], entries, empty);
}

/**
 * A batch built once per shape (prepared.ts: a module-level build, values through placeholders): what the assignment
 * view runs on every read and action, without building a dozen subqueries each time.
 */
export function preparedBatch<V extends object, T extends Batch, S = null>(
  build: (db: Executor, p: Params<V>, shape: S) => T,
): (tx: Executor, values: V, shape?: S) => Promise<BatchRows<T>> {
  let db: Executor | null = null;
  const statement = byShape((shape: S) => {
    const { statement: text, entries, empty } = batchOf(build(db as Executor, placeholders as Params<V>, shape));
    return { ...built(toQuery(text ?? sql`SELECT`)), entries, empty };
  });
  return async (tx, values, shape) => {
    db = tx;
    const { entries, empty, ...query } = statement(shape ?? (null as S));
    const result = (await run(tx, query, values)) as { rows: Record<string, unknown[][]>[] };
    return decoded<T>(result.rows[0], entries, empty);
  };
}
