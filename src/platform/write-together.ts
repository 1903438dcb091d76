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

export async function writeTogether(tx: Executor, writes: readonly (Write | null)[], last?: SQL): Promise<void> {
  const present = writes.filter((write): write is Write => write !== null);
  if (present.length === 0) {
    if (last) {
      await tx.execute(last);
    }
    return;
  }
  // getSQL(), not the builder itself: Drizzle puts an embedded builder in parentheses of its own.
  const ctes = present.map((write, i) => sql`${sql.identifier(`w${i}`)} AS (${write.getSQL()})`);
  await tx.execute(sql`WITH ${sql.join(ctes, sql`, `)} ${last ?? sql`SELECT 1`}`);
}
