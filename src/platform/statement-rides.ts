/**
 * BEGIN and COMMIT ride in the same write as a transaction's statements (issue 10, seventh pass).
 *
 * Drizzle opens a transaction with `begin`, waits for its answer, and after the callback sends `commit` and waits
 * again: two round trips per write action that carry no work. On the bench machine (a paravirtualised VM where a
 * syscall is dear) the lifecycle's profile put 30 % of the server's CPU in `writev`, about 0.2 ms per statement sent,
 * so a round trip saved is CPU saved on both sides, not only latency. Here the pool's client:
 * - holds `begin` back (answering it at once, as PostgreSQL would) and writes it in front of the next statement;
 * - writes COMMIT behind a statement the action names as its last (`commitWithNextStatement`: the view every action
 *   answers with), and then answers Drizzle's own `commit` itself.
 * Both go in one extended-protocol batch: Parse/Bind/Execute of BEGIN, the statement's messages, Parse/Bind/Execute
 * of COMMIT, one Sync. PostgreSQL runs them in order, and "if a BEGIN is executed in the pipeline, the implicit
 * transaction becomes a regular transaction block" (protocol docs, Pipelining), so the transaction is the one it
 * was. A failing statement skips the rest of the batch: the block is left aborted and Drizzle's ROLLBACK, sent as
 * usual, ends it. A COMMIT that fails fails the statement's promise, so the action fails (and is run again on a
 * deadlock) exactly as if Drizzle's own COMMIT had failed.
 *
 * Nothing held back is lost: a transaction that ends before any statement had nothing to do on the server, and a
 * statement that cannot ride (no parameters: the simple protocol, which may carry several statements; or a custom
 * submittable) gets its BEGIN sent just before it and its COMMIT from Drizzle as before. A statement sent after the
 * riding COMMIT would run outside the transaction, so it is refused with an error instead.
 *
 * node-postgres has no such batch (its pipeline mode writes each query as it is called, a syscall each), so this
 * leans on its Query's `prepare`, `_getRows` and `handleCommandComplete` and the client's `_handleParseComplete`; pg
 * is pinned in the lock file and statement-rides.test.ts fails if any of them changes shape.
 */
import pg from "pg";

interface Wire {
  parse(message: { text: string; name?: string }): void;
  bind(message: { portal?: string; statement?: string; values: unknown[] }): void;
  execute(message: { portal?: string; rows?: number }): void;
  sync(): void;
}

interface QueryInternals {
  portal: string;
  prepare(connection: Wire): void;
  _getRows(connection: Wire, rows?: number): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
}

type Callback = (error: Error | null, result?: unknown) => void;
const QueryBase = pg.Query as unknown as new (config: unknown, values?: unknown) => QueryInternals;

/** An unnamed statement without parameters, executed in the batch: BEGIN or COMMIT. */
function writeBare(connection: Wire, text: string): void {
  connection.parse({ text });
  connection.bind({ values: [] });
  connection.execute({});
}

/** A statement with BEGIN written in front of it and/or COMMIT behind it; their own answers are passed over. */
class RidingQuery extends QueryBase {
  begins = false;
  commits = false;
  beginParsed = false;
  completes = 0;

  override prepare(connection: Wire): void {
    if (this.begins) {
      writeBare(connection, "BEGIN");
    }
    super.prepare(connection);
  }

  override _getRows(connection: Wire, rows?: number): void {
    if (!this.commits) {
      super._getRows(connection, rows);
      return;
    }
    // pg's own `_getRows` (no row limit: riding excludes one) with COMMIT before the Sync.
    connection.execute({ portal: this.portal });
    writeBare(connection, "COMMIT");
    connection.sync();
  }

  override handleCommandComplete(message: unknown, connection: Wire): void {
    // The statement's own CommandComplete comes after BEGIN's (if it rode) and before COMMIT's.
    if (this.completes++ === (this.begins ? 1 : 0)) {
      super.handleCommandComplete(message, connection);
    }
  }
}

interface ClientInternals {
  query(config: unknown, values?: unknown, callback?: unknown): unknown;
  _handleParseComplete(): void;
  _getActiveQuery(): unknown;
}

const ClientBase = pg.Client as unknown as new (config?: pg.ClientConfig) => ClientInternals;
const answered = (command: string) => Promise.resolve({ command, rowCount: null, oid: null, rows: [], fields: [] });
const ends = (text: unknown) => text === "commit" || text === "rollback";

class RidingClient extends ClientBase {
  /** Drizzle's `begin`, answered here and not yet sent. */
  beginHeld = false;
  /** The next statement is the transaction's last (`commitWithNextStatement`). */
  commitNext = false;
  /** COMMIT rode with the last statement and succeeded: Drizzle's own `commit` is answered here. */
  committed = false;

  override query(config: unknown, values?: unknown, callback?: unknown): unknown {
    const plain =
      config !== null &&
      typeof config === "object" &&
      typeof (config as { submit?: unknown }).submit !== "function" &&
      typeof values !== "function" &&
      callback === undefined;
    const { text, name, rows } = plain
      ? (config as { text?: unknown; name?: unknown; rows?: unknown })
      : { text: config, name: undefined, rows: undefined };
    if (plain && text === "begin") {
      this.reset();
      this.beginHeld = true;
      return answered("BEGIN");
    }
    if (this.committed) {
      this.committed = false;
      if (plain && ends(text)) {
        return answered(String(text).toUpperCase());
      }
      const refused = new Error("A statement came after the transaction's last one, which committed it.");
      const given = typeof values === "function" ? values : callback;
      if (typeof given === "function") {
        process.nextTick(() => (given as Callback)(refused));
        return undefined;
      }
      return Promise.reject(refused);
    }
    const begins = this.beginHeld;
    const commits = this.commitNext;
    if (!begins && !commits) {
      return super.query(config, values, callback);
    }
    this.beginHeld = false;
    this.commitNext = false;
    if (begins && plain && ends(text)) {
      return answered(String(text).toUpperCase());
    }
    const rides = plain && !rows && (Boolean(name) || (Array.isArray(values) && values.length > 0));
    if (!rides) {
      if (begins) {
        // The statement that follows fails on its own if BEGIN did (the connection is gone), so this answer may go.
        (super.query("BEGIN") as Promise<unknown>).catch(() => undefined);
      }
      return super.query(config, values, callback);
    }
    const query = new RidingQuery(config, values);
    query.begins = begins;
    query.beginParsed = !begins;
    query.commits = commits;
    return new Promise((resolve, reject) => {
      // The callback as pg's second argument, as Pool.query passes one (the bench's statement profile sees it).
      // pg calls it twice when binding a value throws (the error, then the batch's ReadyForQuery): only the first counts.
      let settled = false;
      const done: Callback = (error, result) => {
        if (settled) {
          return;
        }
        settled = true;
        if (error) {
          reject(error);
          return;
        }
        this.committed = commits;
        resolve(result);
      };
      super.query(query, done);
    });
  }

  /** Nothing held or marked: a connection goes back to the pool this way (db.ts, the pool's `release`). */
  reset(): void {
    this.beginHeld = false;
    this.commitNext = false;
    this.committed = false;
  }

  /** BEGIN's ParseComplete is not the statement's: pg would mark a named statement parsed before it was. */
  override _handleParseComplete(): void {
    const active = this._getActiveQuery();
    if (active instanceof RidingQuery && !active.beginParsed) {
      active.beginParsed = true;
      return;
    }
    super._handleParseComplete();
  }
}

/** The client class for the pool (`new pg.Pool({ Client })`). */
export const ridingClient = RidingClient as unknown as typeof pg.Client;

/** Clears what a connection held or marked, before the pool hands it to someone else. */
export function resetRides(client: unknown): void {
  if (client instanceof RidingClient) {
    client.reset();
  }
}

/** Transactions whose callback is the whole transaction (`ctx.transaction`): only their end may carry the COMMIT. */
const wholeTransactions = new WeakSet<object>();

/** Called by db.ts `inTransaction` for each transaction it opens. */
export function ownsItsCommit(tx: object): void {
  wholeTransactions.add(tx);
}

/**
 * Marks the transaction's next statement as its last: COMMIT is written behind it. Only a transaction opened by
 * `ctx.transaction` at the top (not a savepoint, whose end is not the transaction's; not a job's, which the runner
 * ends with its own write) and only on PostgreSQL (PGlite has no round trips to save); elsewhere the transaction
 * commits as before. The caller must send nothing after that statement.
 */
export function commitWithNextStatement<T extends object>(tx: T): T {
  const internals = tx as { nestedIndex?: number; session?: { client?: unknown } };
  const client = internals.session?.client;
  if (wholeTransactions.has(tx) && internals.nestedIndex === 0 && client instanceof RidingClient) {
    client.commitNext = true;
  }
  return tx;
}
