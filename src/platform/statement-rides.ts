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
 * A write whose answer the action does not need (`sendWithNextStatement`: an UPDATE whose row the action already
 * knows, a notice's inserts) is held the same way and written after BEGIN, in front of the next statement; its own
 * answer is given at once. If it fails, PostgreSQL skips the rest of the batch and the next statement's promise fails
 * with its error, so the action fails as it would have one statement earlier.
 *
 * Nothing held back is lost: a transaction that ends before any statement had nothing to do on the server, and a
 * statement that cannot ride (no parameters: the simple protocol, which may carry several statements; or a custom
 * submittable) gets its BEGIN sent just before it and its COMMIT from Drizzle as before. A statement sent after the
 * riding COMMIT would run outside the transaction, so it is refused with an error instead.
 *
 * node-postgres has no such batch (its pipeline mode writes each query as it is called, a syscall each), so this
 * leans on its Query's internals (riding-query.ts) and the client's `_handleParseComplete` and named-statement
 * bookkeeping; pg is pinned in the lock file, and statement-rides.test.ts pins the behaviour each of them carries.
 */
import pg from "pg";
import { type Held, type NamedStatements, prepareValue, RidingQuery } from "./riding-query";

type Callback = (error: Error | null, result?: unknown) => void;
interface ClientInternals {
  query(config: unknown, values?: unknown, callback?: unknown): unknown;
  _handleParseComplete(): void;
  _getActiveQuery(): unknown;
  connection: unknown;
}

const ClientBase = pg.Client as unknown as new (config?: pg.ClientConfig) => ClientInternals;
const answered = (command: string) => Promise.resolve({ command, rowCount: null, oid: null, rows: [], fields: [] });
const ends = (text: unknown) => text === "commit" || text === "rollback";

class RidingClient extends ClientBase {
  /** Drizzle's `begin`, answered here and not yet sent. */
  beginHeld = false;
  /** Writes answered here and not yet sent (`sendWithNextStatement`). */
  held: Held[] = [];
  /** The next statement is held (`sendWithNextStatement`). */
  holdNext = false;
  /** The next statement is the transaction's last (`commitWithNextStatement`). */
  commitNext = false;
  /** COMMIT rides with the statement in flight: nothing may follow it. */
  committing = false;
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
    if (this.committing || this.committed) {
      // Also while the committing batch is in flight: a write held now would never be sent.
      const after = !this.committing;
      this.committed = false;
      if (after && plain && ends(text)) {
        return answered(String(text).toUpperCase());
      }
      const refused = new Error("A statement came after the transaction's last one, which commits it.");
      const given = typeof values === "function" ? values : callback;
      if (typeof given === "function") {
        process.nextTick(() => (given as Callback)(refused));
        return undefined;
      }
      return Promise.reject(refused);
    }
    const rides = plain && !rows && (Boolean(name) || (Array.isArray(values) && values.length > 0));
    if (this.holdNext) {
      this.holdNext = false;
      const list = Array.isArray(values) ? values : ((config as { values?: unknown[] }).values ?? []);
      if (rides && String(text).trim() !== "") {
        // Mapped to wire values now, so a value that cannot be sent fails here, before anything is written.
        const wire = list.map((value) => prepareValue(value));
        this.held.push({ text: String(text), name: name ? String(name) : undefined, values: wire });
        return answered("HELD");
      }
    }
    const begins = this.beginHeld;
    const commits = this.commitNext;
    const held = this.held;
    if (!begins && !commits && held.length === 0) {
      return super.query(config, values, callback);
    }
    this.beginHeld = false;
    this.commitNext = false;
    this.held = [];
    const last = held.pop();
    if (plain && ends(text)) {
      if (text === "rollback" || !last) {
        return begins ? answered(String(text).toUpperCase()) : super.query(config, values, callback);
      }
      // COMMIT with writes still held: they go out now, COMMIT behind the last of them.
      return this.batch(last, last.values, begins, held, true).then(() => {
        this.committed = false;
        return answered("COMMIT");
      });
    }
    if (!rides && !last) {
      if (begins) {
        // The statement that follows fails on its own if BEGIN did (the connection is gone), so this answer may go.
        (super.query("BEGIN") as Promise<unknown>).catch(() => undefined);
      }
      return super.query(config, values, callback);
    }
    if (!rides && last) {
      if (!plain && typeof (config as { submit?: unknown } | null)?.submit === "function") {
        throw new Error("A custom query cannot follow writes held for the next statement.");
      }
      // A statement that cannot ride: the held writes go out first, in a batch of their own.
      const before = this.batch(last, last.values, begins, held, false);
      const given = typeof values === "function" ? values : callback;
      if (typeof given === "function") {
        before.then(
          () => super.query(config, values, callback),
          (error: Error) => (given as Callback)(error),
        );
        return undefined;
      }
      return before.then(() => super.query(config, values, callback));
    }
    return this.batch(config, values, begins, last ? [...held, last] : held, commits);
  }

  /** One write: BEGIN if held, the held writes, the statement, COMMIT if it is the last; one Sync. */
  batch(config: unknown, values: unknown, begins: boolean, held: Held[], commits: boolean): Promise<unknown> {
    const query = new RidingQuery(config, values);
    this.committing = commits;
    query.begins = begins;
    query.held = held;
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
        this.committing = false;
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
    this.held = [];
    this.holdNext = false;
    this.commitNext = false;
    this.committing = false;
    this.committed = false;
  }

  /** The ParseCompletes of BEGIN and the held writes are not the statement's: pg would mark its name parsed early. */
  override _handleParseComplete(): void {
    const active = this._getActiveQuery();
    if (active instanceof RidingQuery && active.parses.length > 0) {
      const parsed = active.parses.shift();
      const named = this.connection as NamedStatements;
      if (parsed) {
        named.parsedStatements[parsed.name] = parsed.text;
        delete named.submittedNamedStatements[parsed.name];
      }
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

/** The riding client under a transaction that may hold and commit early: one `ctx.transaction` opened, at the top. */
function ridingClientOf(tx: object): RidingClient | null {
  const internals = tx as { nestedIndex?: number; session?: { client?: unknown } };
  const client = internals.session?.client;
  return wholeTransactions.has(tx) && internals.nestedIndex === 0 && client instanceof RidingClient ? client : null;
}

/**
 * Sends `write`'s statement held: answered at once (no rows, no count) and written in front of the transaction's next
 * statement, one round trip fewer. For a write whose answer the caller does not need, in a transaction where COMMIT
 * may ride (see below); elsewhere it runs as it comes. `write` must issue its one statement before it awaits anything:
 * the mark is cleared as soon as it returns, so a statement it did not send is never held by mistake. The caller
 * must not catch errors of the statement after it that only this one could raise.
 */
export function sendWithNextStatement(tx: object, write: () => PromiseLike<unknown>): Promise<void> {
  const client = ridingClientOf(tx);
  if (client) {
    client.holdNext = true;
  }
  try {
    // Asking for the answer at once starts a Drizzle builder too (it runs only when its `then` is called).
    const pending = write();
    return new Promise<void>((resolve, reject) => pending.then(() => resolve(), reject));
  } finally {
    if (client) {
      client.holdNext = false;
    }
  }
}

/**
 * Marks the transaction's next statement as its last: COMMIT is written behind it. Only a transaction opened by
 * `ctx.transaction` at the top (not a savepoint, whose end is not the transaction's; not a job's, which the runner
 * ends with its own write) and only on PostgreSQL (PGlite has no round trips to save); elsewhere the transaction
 * commits as before. The caller must send nothing after that statement.
 */
export function commitWithNextStatement<T extends object>(tx: T): T {
  const client = ridingClientOf(tx);
  if (client) {
    client.commitNext = true;
  }
  return tx;
}
