/**
 * Several data-modifying statements sent as one (issue 10): `WITH w0 AS (…), w1 AS (…) SELECT …`. PostgreSQL runs
 * every data-modifying CTE to completion whether or not the final SELECT reads it, so an email's outbox row and its
 * job, or a notification and its NOTIFY, cost one round trip instead of one each. They all see the snapshot taken
 * before the statement, so none may depend on what another one writes (a foreign key between them, a read back).
 */
import { type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Executor } from "./db";

/** A statement to run together with others: a Drizzle insert/update/delete builder, or raw SQL. */
export type Write = SQLWrapper;

/** Runs the writes and then `last` (a SELECT: a NOTIFY, a probe) in one statement; answers the first row of `last`. */
export async function writeTogether(
  tx: Executor,
  writes: readonly (Write | null)[],
  last?: SQL,
): Promise<Record<string, unknown> | undefined> {
  const present = writes.filter((write): write is Write => write !== null);
  if (present.length === 0 && !last) {
    return undefined;
  }
  // getSQL(), not the builder itself: Drizzle puts an embedded builder in parentheses of its own.
  const ctes = present.map((write, i) => sql`${sql.identifier(`w${i}`)} AS (${write.getSQL()})`);
  const statement = ctes.length > 0 ? sql`WITH ${sql.join(ctes, sql`, `)} ${last ?? sql`SELECT 1`}` : (last as SQL);
  const result = await tx.execute(statement);
  return (result as unknown as { rows: Record<string, unknown>[] }).rows[0];
}
