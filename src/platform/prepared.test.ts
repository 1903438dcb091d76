import { randomUUID } from "node:crypto";
import { type SQL, sql } from "drizzle-orm";
import { alias, PgDialect } from "drizzle-orm/pg-core";
import { describe, expect, it } from "vitest";
import { users } from "#domains/accounts/tables";
import { readyWorker } from "#test/given";
import { testApp } from "#test/harness";
import type { Executor } from "./db";
import { executePrepared, type Params, preparedSelect, preparedStatement, statementName } from "./prepared";
import { preparedBatch, selectBatch } from "./select-batch";

const t = await testApp();

await t.db.execute(sql`CREATE TABLE prepared_probe (
  id int PRIMARY KEY, label text NOT NULL, data jsonb, tags text[], made timestamptz NOT NULL DEFAULT now()
)`);
await t.db.execute(sql`INSERT INTO prepared_probe (id, label, data, tags) VALUES
  (1, 'it''s one', '{"a": [1, "x"]}', '{a,b}'), (2, 'two', NULL, '{}'), (3, 'three', '"s"', NULL)`);

/** A statement text no other test prepared: each test checks its own first preparation. */
function probe(ids: number[], label: string) {
  const tag = sql.raw(`'${randomUUID()}'`);
  return (labelValue = label, idValues = ids) =>
    sql`SELECT id, label, data, tags, made, ${tag} AS tag FROM prepared_probe
      WHERE id = ANY(${sql.param(idValues)}) AND label <> ${labelValue} ORDER BY id`;
}

/** The statement's row in pg_prepared_statements on this executor's connection (a transaction keeps one). */
async function preparedRow(tx: Executor, text: string) {
  const { rows } = (await tx.execute(
    sql`SELECT prepare_time::text AS "prepareTime", generic_plans + custom_plans AS runs
      FROM pg_prepared_statements WHERE name = ${statementName(text)}`,
  )) as unknown as { rows: { prepareTime: string; runs: number }[] };
  return rows[0] ?? null;
}

/** The SQL text executePrepared names the statement by. */
const textOf = (statement: SQL) => new PgDialect({ casing: "snake_case" }).sqlToQuery(statement).sql;

describe(`executePrepared (${t.kind})`, () => {
  it("answers the rows tx.execute answers, json and arrays decoded alike", async () => {
    const statement = probe([1, 2, 3], "two");
    const expected = ((await t.db.execute(statement())) as unknown as { rows: unknown[] }).rows;
    expect(expected).toHaveLength(2);
    expect(await executePrepared(t.db, statement())).toEqual(expected);
    // Other values through the same prepared statement; a quote inside a value stays a value.
    const other = ((await t.db.execute(statement("it's one", [1, 3]))) as unknown as { rows: unknown[] }).rows;
    expect(other).toHaveLength(1);
    expect(await executePrepared(t.db, statement("it's one", [1, 3]))).toEqual(other);
  });

  it("runs inside a transaction, sees its uncommitted writes, and is prepared only once", async () => {
    const statement = probe([1, 2, 3, 4], "none");
    await t.db
      .transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO prepared_probe (id, label) VALUES (4, 'four')`);
        const first = await executePrepared<{ id: number }>(tx, statement());
        expect(first.map((row) => row.id)).toEqual([1, 2, 3, 4]);
        const text = textOf(statement());
        const before = await preparedRow(tx, text);
        // PGlite has no named statements: there the text runs unnamed (prepared.ts).
        expect(before === null).toBe(t.kind === "pglite");
        await tx.execute(sql`DELETE FROM prepared_probe WHERE id = 2`);
        const second = await executePrepared<{ id: number }>(tx, statement());
        expect(second.map((row) => row.id)).toEqual([1, 3, 4]);
        if (before) {
          const after = await preparedRow(tx, text);
          // The same preparation (not replaced), run once more.
          expect(after?.prepareTime).toBe(before.prepareTime);
          expect(Number(after?.runs)).toBe(Number(before.runs) + 1);
        }
        throw new Error("roll back");
      })
      .catch((error: Error) => expect(error.message).toBe("roll back"));
  });

  it("stays prepared after the transaction that first prepared it rolls back", async () => {
    const statement = probe([1, 2, 3], "none");
    await t.db
      .transaction(async (tx) => {
        await executePrepared(tx, statement());
        throw new Error("roll back");
      })
      .catch((error: Error) => expect(error.message).toBe("roll back"));
    // Prepared on a connection that rolled back: running it again there must not fail (a PREPARE survives a rollback).
    for (let i = 0; i < 3; i++) {
      const rows = await executePrepared<{ id: number }>(t.db, statement());
      expect(rows.map((row) => row.id)).toEqual([1, 2, 3]);
    }
  });
});

// Built once at module level, as the rule in prepared.ts asks: the shape picks the join, values fill placeholders.
const other = alias(users, "other");
const usersBy = preparedSelect((db: Executor, p: Params<{ ids: string[]; name: string }>, withOther: boolean) =>
  db
    .select({ user: users, other: { id: other.id, name: other.name } })
    .from(users)
    .leftJoin(other, withOther ? sql`${other.id} = ${users.id}` : sql`false`)
    .where(sql`${users.id} = ANY(${p.ids}::uuid[]) AND ${users.name} <> ${p.name}`)
    .orderBy(users.id),
);
const probeRows = preparedStatement<{ id: number }, { min: number }>(
  (p) => sql`SELECT id FROM prepared_probe WHERE id >= ${p.min} ORDER BY id`,
);
// Left-join nulls, and FOR UPDATE as the assignment lock uses it (its shape: locking or not).
const nobody = alias(users, "nobody");
const withNobody = preparedSelect((db: Executor, p: Params<{ ids: string[] }>, lock: boolean) => {
  const query = db
    .select({ user: users, other: { id: nobody.id, name: nobody.name } })
    .from(users)
    .leftJoin(nobody, sql`${nobody.id} = ${users.id} AND false`)
    .where(sql`${users.id} = ANY(${p.ids}::uuid[])`)
    .orderBy(users.id);
  return lock ? query.for("update", { of: users }) : query;
});
const batchBy = preparedBatch((db: Executor, p: Params<{ id: string }>, both: boolean) => ({
  one: db.select({ id: users.id, name: users.name }).from(users).where(sql`${users.id} = ${p.id}`),
  two: both ? db.select({ id: users.id }).from(users).where(sql`${users.id} = ${p.id}`) : null,
}));

describe(`statements built once (${t.kind})`, () => {
  it("answer what the builder built each time answers, per shape and per value, inside a transaction too", async () => {
    await readyWorker(t);
    await readyWorker(t);
    const ids = (
      (await t.db.execute(sql`SELECT id FROM users ORDER BY id LIMIT 3`)) as unknown as { rows: { id: string }[] }
    ).rows.map((row) => row.id);
    const fresh = (withOther: boolean, some: string[]) =>
      t.db
        .select({ user: users, other: { id: other.id, name: other.name } })
        .from(users)
        .leftJoin(other, withOther ? sql`${other.id} = ${users.id}` : sql`false`)
        .where(sql`${users.id} = ANY(${sql.param(some)}::uuid[]) AND ${users.name} <> ${"nobody"}`)
        .orderBy(users.id);
    for (const withOther of [false, true, false]) {
      for (const some of [ids, ids.slice(1)]) {
        const expected = await fresh(withOther, some);
        expect(expected.length).toBe(some.length);
        expect(await usersBy(t.db, { ids: some, name: "nobody" }, withOther)).toEqual(expected);
        await t.db.transaction(async (tx) => {
          expect(await usersBy(tx, { ids: some, name: "nobody" }, withOther)).toEqual(expected);
        });
      }
    }
    expect((await probeRows(t.db, { min: 2 })).map((row) => row.id)).toEqual([2, 3]);
    expect((await probeRows(t.db, { min: 3 })).map((row) => row.id)).toEqual([3]);
    const [first] = ids as [string];
    const plain = await selectBatch(t.db, {
      one: t.db.select({ id: users.id, name: users.name }).from(users).where(sql`${users.id} = ${first}`),
      two: null,
    });
    expect(await batchBy(t.db, { id: first }, false)).toEqual(plain);
    expect(await batchBy(t.db, { id: first }, true)).toEqual({ ...plain, two: [{ id: first }] });
  });

  it("answer what awaiting the builder answers, left-join nulls and FOR UPDATE included", async () => {
    await readyWorker(t);
    const ids = (
      (await t.db.execute(sql`SELECT id FROM users ORDER BY id LIMIT 3`)) as unknown as { rows: { id: string }[] }
    ).rows.map((row) => row.id);
    const expected = await t.db
      .select({ user: users, other: { id: nobody.id, name: nobody.name } })
      .from(users)
      .leftJoin(nobody, sql`${nobody.id} = ${users.id} AND false`)
      .where(sql`${users.id} = ANY(${sql.param(ids)}::uuid[])`)
      .orderBy(users.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(expected[0]?.other).toBeNull();
    expect(await withNobody(t.db, { ids }, false)).toEqual(expected);
    await t.db.transaction(async (tx) => {
      expect(await withNobody(tx, { ids }, true)).toEqual(expected);
    });
  });

  it("refuses a run that leaves a placeholder without its value", async () => {
    await expect(probeRows(t.db, {} as { min: number })).rejects.toThrow(/min/);
  });
});
