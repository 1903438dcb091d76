import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { inTransaction, sqlStateOf, type Tx } from "./db";
import { executePrepared } from "./prepared";
import { commitWithNextStatement, sendWithNextStatement } from "./statement-rides";

/**
 * Writes held for the next statement (statement-rides.ts `sendWithNextStatement`) must do what they would have done
 * one round trip earlier: seen by the statements after them, committed or rolled back with the transaction, their
 * failure failing the action. Only node-postgres takes this path, so only a server shows it.
 */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

const transaction = <T>(fn: (tx: Tx) => Promise<T>) => inTransaction(t().db, fn);
const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
const rows = async (query: ReturnType<typeof sql>) => rowsOf(await t().db.execute(query));
const insert = (tx: Tx, n: number) =>
  sendWithNextStatement(tx, () => tx.execute(sql`INSERT INTO held_probe (n) VALUES (${n})`));
const count = (from: number) => rows(sql`SELECT count(*)::int AS n FROM held_probe WHERE n >= ${from}`);

describe.skipIf(skip)(`writes held for the next statement (${NEEDS_POSTGRES})`, () => {
  it("sends held writes in the next statement's write, in order, seen by it, and commits them", async () => {
    await t().db.execute(sql`CREATE TABLE IF NOT EXISTS held_probe (n int PRIMARY KEY)`);
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      const seen = await transaction(async (tx) => {
        await insert(tx, 1);
        await insert(tx, 2);
        return rowsOf(
          await commitWithNextStatement(tx).execute(
            sql`SELECT array_agg(n ORDER BY n) AS ns FROM held_probe WHERE n < ${10}`,
          ),
        );
      });
      expect(seen).toEqual([{ ns: [1, 2] }]);
      // BEGIN, both inserts, the read and COMMIT went out as one query.
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
    expect(await rows(sql`SELECT n FROM held_probe WHERE n < 10 ORDER BY n`)).toEqual([{ n: 1 }, { n: 2 }]);
  });

  it("fails the next statement with a held write's own error and rolls the whole transaction back", async () => {
    for (let round = 0; round < 25; round++) {
      await expect(
        transaction(async (tx) => {
          await tx.execute(sql`INSERT INTO held_probe (n) VALUES (${100 + round})`);
          await insert(tx, 100 + round); // a duplicate key, raised only when the next statement goes out
          await tx.execute(sql`SELECT ${1}::int`);
        }),
      ).rejects.toSatisfy((error) => sqlStateOf(error) === "23505");
    }
    expect(await count(100)).toEqual([{ n: 0 }]);
    expect(rowsOf(await transaction((tx) => tx.execute(sql`SELECT ${7}::int AS n`)))).toEqual([{ n: 7 }]);
  });

  it("sends held writes with COMMIT when nothing follows them, and fails the action if one fails", async () => {
    await transaction(async (tx) => {
      await insert(tx, 200);
    });
    expect(await rows(sql`SELECT n FROM held_probe WHERE n = 200`)).toEqual([{ n: 200 }]);
    await expect(
      transaction(async (tx) => {
        await insert(tx, 201);
        await insert(tx, 200);
      }),
    ).rejects.toSatisfy((error) => sqlStateOf(error) === "23505");
    expect(await rows(sql`SELECT n FROM held_probe WHERE n = 201`)).toEqual([]);
  });

  it("sends held writes before a statement that cannot ride, and drops them on rollback", async () => {
    const seen = await transaction(async (tx) => {
      await insert(tx, 300);
      return rowsOf(await tx.execute(sql`SELECT count(*)::int AS n FROM held_probe WHERE n = 300`));
    });
    expect(seen).toEqual([{ n: 1 }]);
    await expect(
      transaction(async (tx) => {
        await insert(tx, 301);
        await tx.execute(sql`SELECT 'no parameters'`);
        throw new Error("fails after the held write went out");
      }),
    ).rejects.toThrow("fails after");
    await expect(
      transaction(async (tx) => {
        await insert(tx, 302);
        throw new Error("fails while the write is still held");
      }),
    ).rejects.toThrow("still held");
    expect(await rows(sql`SELECT n FROM held_probe WHERE n IN (301, 302)`)).toEqual([]);
  });

  it("holds named statements: parsed once per connection, parsed again after a failed Parse", async () => {
    for (let round = 0; round < 25; round++) {
      const seen = await transaction(async (tx) => {
        await sendWithNextStatement(tx, () =>
          executePrepared(tx, sql`INSERT INTO held_probe (n) VALUES (${400 + round})`),
        );
        return rowsOf(await tx.execute(sql`SELECT count(*)::int AS n FROM held_probe WHERE n >= ${400}`));
      });
      expect(seen).toEqual([{ n: round + 1 }]);
      await expect(
        transaction(async (tx) => {
          await sendWithNextStatement(tx, () =>
            executePrepared(tx, sql`INSERT INTO held_probe (no_such) VALUES (${1})`),
          );
          await tx.execute(sql`SELECT ${1}::int`);
        }),
      ).rejects.toSatisfy((error) => sqlStateOf(error) === "42703");
    }
  });

  it("refuses a write or statement sent while the committing statement is in flight: nothing is lost unseen", async () => {
    for (const late of [
      (tx: Tx) => insert(tx, 600),
      (tx: Tx) => tx.execute(sql`INSERT INTO held_probe (n) VALUES (${601})`),
    ]) {
      await expect(
        transaction(async (tx) => {
          const closing = commitWithNextStatement(tx).execute(sql`SELECT ${1}::int AS n`);
          const started = closing.then((result) => result); // the read goes out: a builder runs when asked
          await Promise.all([started, late(tx)]);
        }),
      ).rejects.toSatisfy((error) =>
        /came after the transaction's last one/.test(String((error as Error).cause ?? error)),
      );
    }
    expect(await rows(sql`SELECT n FROM held_probe WHERE n IN (600, 601)`)).toEqual([]);
  });

  it("names the held write a failure came from on the error the next statement answers", async () => {
    const failure = await transaction(async (tx) => {
      await sendWithNextStatement(tx, () => tx.execute(sql`SELECT 1 / ${0}::int AS held_division`));
      await tx.execute(sql`SELECT ${1}::int`);
    }).catch((error: Error) => error);
    expect(sqlStateOf(failure)).toBe("22012");
    expect(String((failure as { cause?: { heldStatement?: string } }).cause?.heldStatement)).toContain("held_division");
  });

  it("holds nothing when the write sent no statement: the next one is answered as usual", async () => {
    const seen = await transaction(async (tx) => {
      await sendWithNextStatement(tx, async () => "nothing sent");
      return rowsOf(await tx.execute(sql`SELECT ${9}::int AS n`));
    });
    expect(seen).toEqual([{ n: 9 }]);
  });

  it("does not hold inside a savepoint or a transaction it did not open as an action's", async () => {
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      await transaction(async (tx) => {
        await tx.transaction(async (inner) => {
          await insert(inner, 500);
          await insert(inner, 501);
        });
      });
      // BEGIN, the savepoint, each insert on its own, the release, COMMIT.
      expect(sent).toHaveBeenCalledTimes(6);
      sent.mockClear();
      await t().db.transaction(async (tx) => {
        await insert(tx, 502);
        await insert(tx, 503);
      });
      // The first insert with BEGIN in front, the second, COMMIT: held, both would have gone with COMMIT.
      expect(sent).toHaveBeenCalledTimes(3);
    } finally {
      sent.mockRestore();
    }
    expect(await count(500)).toEqual([{ n: 4 }]);
  });
});
