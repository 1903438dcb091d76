/**
 * BEGIN rides in the same write as a transaction's first statement (issue 10, seventh pass).
 *
 * Drizzle opens a transaction with `begin` and waits for its answer before sending anything else: one more round
 * trip per write action. On the bench machine (a paravirtualised VM where a syscall is dear) the profile of the
 * lifecycle put 30 % of the server's CPU in `writev`, about 0.2 ms per statement sent, so a round trip saved is CPU
 * saved, not only latency. Here a client holds `begin` back (answering it at once, as PostgreSQL would) and sends it
 * with the next statement in one extended-protocol batch: Parse/Bind/Execute of BEGIN, then the statement's own
 * messages, then one Sync. PostgreSQL runs them in order under that one Sync, and "if a BEGIN is executed in the
 * pipeline, the implicit transaction becomes a regular transaction block" (protocol docs, Pipelining), so the
 * transaction is the same one it was: a failing statement leaves it aborted, and Drizzle's ROLLBACK ends it.
 *
 * What is held back is never lost: a transaction that ends before any statement (commit or rollback straight after
 * begin) had nothing to do on the server, and a first statement that cannot ride (no parameters: the simple
 * protocol, which may carry several statements; or a custom submittable) gets its BEGIN sent just before it.
 *
 * node-postgres has no such batch of its own (its pipeline mode writes each query as it is called, one syscall
 * each), so this leans on its Query's `prepare` and `handleCommandComplete` and the client's `_handleParseComplete`;
 * pg is pinned in the lock file and test/begin-rides.test.ts fails if any of them changes shape.
 */
import pg from "pg";

interface Wire {
  parse(message: { text: string; name?: string }): void;
  bind(message: { portal?: string; statement?: string; values: unknown[] }): void;
  execute(message: { portal?: string; rows?: number }): void;
}

interface QueryInternals {
  prepare(connection: Wire): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
}

type Callback = (error: Error | null, result?: unknown) => void;
const QueryBase = pg.Query as unknown as new (config: unknown, values?: unknown) => QueryInternals;

/** A statement with BEGIN written in front of it; BEGIN's own ParseComplete and CommandComplete are passed over. */
class BeginThenQuery extends QueryBase {
  beginParsed = false;
  beginCompleted = false;

  override prepare(connection: Wire): void {
    connection.parse({ text: "BEGIN" });
    connection.bind({ values: [] });
    connection.execute({});
    super.prepare(connection);
  }

  override handleCommandComplete(message: unknown, connection: Wire): void {
    if (!this.beginCompleted) {
      this.beginCompleted = true;
      return;
    }
    super.handleCommandComplete(message, connection);
  }
}

interface ClientInternals {
  query(config: unknown, values?: unknown, callback?: unknown): unknown;
  _handleParseComplete(): void;
  _getActiveQuery(): unknown;
}

const ClientBase = pg.Client as unknown as new (config?: pg.ClientConfig) => ClientInternals;
const answered = (command: string) => Promise.resolve({ command, rowCount: null, oid: null, rows: [], fields: [] });

class BeginRidingClient extends ClientBase {
  /** Drizzle's `begin` was answered here and not yet sent. */
  beginHeld = false;

  override query(config: unknown, values?: unknown, callback?: unknown): unknown {
    const plain =
      config !== null &&
      typeof config === "object" &&
      typeof (config as { submit?: unknown }).submit !== "function" &&
      typeof values !== "function" &&
      callback === undefined;
    const { text, name } = plain ? (config as { text?: unknown; name?: unknown }) : { text: config, name: undefined };
    if (plain && text === "begin") {
      this.beginHeld = true;
      return answered("BEGIN");
    }
    if (!this.beginHeld) {
      return super.query(config, values, callback);
    }
    this.beginHeld = false;
    if (plain && (text === "commit" || text === "rollback")) {
      return answered(text.toUpperCase());
    }
    const { rows } = plain ? (config as { rows?: unknown }) : { rows: undefined };
    const rides = plain && !rows && (Boolean(name) || (Array.isArray(values) && values.length > 0));
    if (!rides) {
      // The statement that follows fails on its own if BEGIN did (the connection is gone), so this answer may go.
      (super.query("BEGIN") as Promise<unknown>).catch(() => undefined);
      return super.query(config, values, callback);
    }
    return new Promise((resolve, reject) => {
      // The callback as pg's second argument, as Pool.query passes one (the bench's statement profile sees it).
      const done: Callback = (error, result) => (error ? reject(error) : resolve(result));
      super.query(new BeginThenQuery(config, values), done);
    });
  }

  /** BEGIN's ParseComplete is not the statement's: pg would mark a named statement parsed before it was. */
  override _handleParseComplete(): void {
    const active = this._getActiveQuery();
    if (active instanceof BeginThenQuery && !active.beginParsed) {
      active.beginParsed = true;
      return;
    }
    super._handleParseComplete();
  }
}

/** The client class for the pool (`new pg.Pool({ Client })`). */
export const beginRidingClient = BeginRidingClient as unknown as typeof pg.Client;
