/**
 * A bulk load's order of work for the benchmarks: drop the indexes and keys of the tables about to be filled, insert,
 * then build each index once over the loaded rows (a sorted build instead of millions of random insertions). The
 * tables stay plain logged tables; only the order of the work changes.
 */
import { sql } from "drizzle-orm";
import type { Db } from "#platform/db";

const rowsOf = <T>(result: unknown) => (result as { rows: T[] }).rows;

/**
 * Drops the indexes, primary keys and unique constraints of `tables` (CASCADE: a scratch database's foreign keys to
 * them go too) and returns what builds them again, each with room to sort in memory.
 */
export async function dropIndexes(db: Db, tables: string[]): Promise<() => Promise<void>> {
  const list = sql.raw(tables.map((t) => `'${t}'::regclass`).join(", "));
  const constraints = rowsOf<{ conname: string; tbl: string; def: string }>(
    await db.execute(sql`SELECT conname, conrelid::regclass::text AS tbl, pg_get_constraintdef(oid) AS def
      FROM pg_constraint WHERE conrelid IN (${list}) AND contype IN ('p', 'u')`),
  );
  const indexes = rowsOf<{ name: string; def: string }>(
    await db.execute(sql`SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS def FROM pg_index i
      WHERE i.indrelid IN (${list}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`),
  );
  for (const c of constraints) {
    await db.execute(sql.raw(`ALTER TABLE ${c.tbl} DROP CONSTRAINT ${c.conname} CASCADE`));
  }
  for (const i of indexes) {
    await db.execute(sql.raw(`DROP INDEX ${i.name}`));
  }
  const statements = [
    ...constraints.map((c) => `ALTER TABLE ${c.tbl} ADD CONSTRAINT ${c.conname} ${c.def}`),
    ...indexes.map((i) => i.def),
  ];
  return async () => {
    const t0 = performance.now();
    for (const statement of statements) {
      await db.transaction(async (tx) => {
        await tx.execute(sql`SET LOCAL maintenance_work_mem = '512MB'`);
        await tx.execute(sql.raw(statement));
      });
    }
    process.stderr.write(
      `  ${statements.length} indexes and keys built in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`,
    );
  };
}
