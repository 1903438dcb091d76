/**
 * The batch statement-rides.ts writes: BEGIN, held writes, a statement and COMMIT in one extended-protocol write with
 * one Sync, as a node-postgres Query whose answers for everything but the statement are passed over. It leans on pg's
 * Query internals (`prepare`, `_getRows`, `handleDataRow`, `handleCommandComplete`, `handleError`)
 * and pg's named-statement bookkeeping; statement-rides.test.ts pins the behaviour.
 */
import { createRequire } from "node:module";
import pg from "pg";

/** pg's own mapping of a value to the wire (Date, array, JSON, Buffer, null): held writes are bound with it. */
export const prepareValue = (createRequire(import.meta.url)("pg/lib/utils.js") as { prepareValue(v: unknown): unknown })
  .prepareValue;

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
  handleDataRow(message: unknown): void;
  handleCommandComplete(message: unknown, connection: Wire): void;
  handleError(error: Error, connection: Wire): void;
}

/** A statement held for the next one: its text, its name if prepared, and its values as the wire takes them. */
export interface Held {
  text: string;
  name: string | undefined;
  values: unknown[];
}

export interface NamedStatements {
  parsedStatements: Record<string, string>;
  submittedNamedStatements: Record<string, string>;
}
const QueryBase = pg.Query as unknown as new (config: unknown, values?: unknown) => QueryInternals;

/** An unnamed statement without parameters, executed in the batch: BEGIN or COMMIT. */
function writeBare(connection: Wire, text: string): void {
  connection.parse({ text });
  connection.bind({ values: [] });
  connection.execute({});
}

/**
 * A statement with BEGIN and held writes in front of it and/or COMMIT behind it; their own answers are passed over.
 * The held writes are sent without Describe, so each answers only ParseComplete (if parsed), BindComplete, its rows
 * (passed over) and CommandComplete.
 */
export class RidingQuery extends QueryBase {
  begins = false;
  held: Held[] = [];
  commits = false;
  completes = 0;
  /** The ParseCompletes that belong to BEGIN and the held writes, in order: null for an unnamed statement. */
  parses: ({ name: string; text: string } | null)[] = [];

  override prepare(connection: Wire): void {
    if (this.begins) {
      writeBare(connection, "BEGIN");
      this.parses.push(null);
    }
    const named = connection as unknown as NamedStatements;
    for (const { text, name, values } of this.held) {
      if (!name || (named.parsedStatements[name] === undefined && named.submittedNamedStatements[name] === undefined)) {
        connection.parse({ text, name });
        this.parses.push(name ? { name, text } : null);
        if (name) {
          named.submittedNamedStatements[name] = text;
        }
      }
      connection.bind({ statement: name, values });
      connection.execute({});
    }
    super.prepare(connection);
  }

  /** How many CommandCompletes come before the statement's own. */
  get ahead(): number {
    return (this.begins ? 1 : 0) + this.held.length;
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

  override handleDataRow(message: unknown): void {
    if (this.completes >= this.ahead) {
      super.handleDataRow(message);
    }
  }

  override handleCommandComplete(message: unknown, connection: Wire): void {
    // The statement's own CommandComplete comes after those of BEGIN and the held writes, and before COMMIT's.
    if (this.completes++ === this.ahead) {
      super.handleCommandComplete(message, connection);
    }
  }

  override handleError(error: Error, connection: Wire): void {
    // A held write's Parse that never completed did not prepare its name: pg must parse it again next time.
    const named = connection as unknown as NamedStatements;
    for (const parse of this.parses) {
      if (parse) {
        delete named.submittedNamedStatements[parse.name];
      }
    }
    // The server's error reaches the caller through the next statement: name the held write it came from. (A value
    // the main statement could not bind fails in Node before any answer, with no SQLSTATE: that one is its own.)
    const failed = this.held[this.completes - (this.begins ? 1 : 0)];
    if (failed && this.completes < this.ahead && "code" in error) {
      Object.assign(error, { heldStatement: failed.text });
    }
    super.handleError(error, connection);
  }
}
