/**
 * Several data-modifying statements sent as one (issue 10): `WITH w0 AS (…), w1 AS (…) SELECT …`. PostgreSQL runs
 * every data-modifying CTE to completion whether or not the final SELECT reads it, so an email's outbox row and its
 * job, or a notification and its NOTIFY, cost one round trip instead of one each. They all see the snapshot taken
 * before the statement, so none may depend on what another one writes (a foreign key between them, a read back).
 *
 * The statements that do it are built once (prepared.ts): recordEvent (history.ts, which takes a caller's own writes
 * as `Write`s), sendMails (mail.ts) and notify (notifications); rows of varying number go through `unnest`.
 */
import type { SQL, SQLWrapper } from "drizzle-orm";

/** A statement to run together with others: a Drizzle insert/update/delete builder, or raw SQL. */
export type Write = SQLWrapper;

/**
 * Writes that are themselves several named CTEs (`"people" AS (…), "entries" AS (…)`), joined to the statement's
 * list as they are: PostgreSQL refuses a WITH holding data-modifying CTEs nested inside another CTE. Their names must
 * not clash with the statement's own (recordEvent names its own `a<n>`, `w0` and `probed`).
 */
export class Ctes implements SQLWrapper {
  constructor(private readonly list: SQL) {}
  getSQL(): SQL {
    return this.list;
  }
}
