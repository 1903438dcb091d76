import { sql } from "drizzle-orm";
import pg from "pg";
import { describe, expect, it, vi } from "vitest";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { inTransaction, sqlStateOf, type Tx } from "./db";
import { executePrepared } from "./prepared";
import { commitWithNextStatement, sendWithNextStatement } from "./statement-rides";

/**
 * BEGIN held back and sent with the transaction's first statement, and COMMIT sent behind its last (statement-rides.ts),
 * must leave every transaction what it was: one block from the first statement to COMMIT, rolled back whole, and the
 * connection usable after a failure.
 * Only node-postgres takes this path, so only a server shows it.
 */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

/** As every action opens its transaction (`ctx.transaction`). */
const transaction = <T>(fn: (tx: Tx) => Promise<T>) => inTransaction(t().db, fn);
const rowsOf = (result: unknown) => (result as { rows: Record<string, unknown>[] }).rows;
const rows = async (query: ReturnType<typeof sql>) => rowsOf(await t().db.execute(query));

describe.skipIf(skip)(`BEGIN and COMMIT riding with statements (${NEEDS_POSTGRES})`, () => {
  it("opens a real transaction block: a setting made local by the first statement is seen by the second", async () => {
    const seen = await transaction(async (tx) => {
      await tx.execute(sql`SELECT set_config('worklane.probe', ${"rode"}, true)`);
      const [row] = rowsOf(await tx.execute(sql`SELECT current_setting('worklane.probe', true) AS v`));
      return row?.v;
    });
    expect(seen).toBe("rode");
  });

  it("rolls back what the first statement wrote when the action fails after it", async () => {
    await t().db.execute(sql`CREATE TABLE IF NOT EXISTS begin_rides_probe (n int PRIMARY KEY)`);
    await expect(
      transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${1})`);
        await tx.execute(sql`SELECT 1 / ${0}::int`);
      }),
    ).rejects.toSatisfy((error) => sqlStateOf(error) === "22012");
    await expect(
      transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${2})`);
        throw new Error("refused after the first write");
      }),
    ).rejects.toThrow("refused after the first write");
    expect(await rows(sql`SELECT count(*)::int AS n FROM begin_rides_probe`)).toEqual([{ n: 0 }]);
  });

  it("holds a row lock from the first statement to COMMIT", async () => {
    await t().db.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (10) ON CONFLICT DO NOTHING`);
    const order: string[] = [];
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const first = transaction(async (tx) => {
      await tx.execute(sql`SELECT n FROM begin_rides_probe WHERE n = ${10} FOR UPDATE`);
      order.push("first locked");
      await held;
      order.push("first commits");
    });
    while (order.length === 0) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const second = transaction(async (tx) => {
      await tx.execute(sql`SELECT n FROM begin_rides_probe WHERE n = ${10} FOR UPDATE`);
      order.push("second locked");
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    release();
    await Promise.all([first, second]);
    expect(order).toEqual(["first locked", "first commits", "second locked"]);
  });

  it("answers a failing first statement with its own error and leaves every connection usable", async () => {
    // More rounds than the pool has connections, so each of them takes a failure and serves again.
    for (let round = 0; round < 25; round++) {
      await expect(transaction((tx) => tx.execute(sql`SELECT ${"abc"}::int`))).rejects.toSatisfy(
        (error) => sqlStateOf(error) === "22P02",
      );
      const seen = await transaction((tx) => tx.execute(sql`SELECT ${round}::int AS round`));
      expect(rowsOf(seen)).toEqual([{ round }]);
    }
  });

  it("parses a named statement again after its first Parse failed (pg must not think it parsed)", async () => {
    const broken = sql`SELECT no_such_column FROM begin_rides_probe WHERE n = ${1}`;
    for (let attempt = 0; attempt < 25; attempt++) {
      await expect(transaction((tx) => executePrepared(tx, broken))).rejects.toSatisfy(
        (error) => sqlStateOf(error) === "42703",
      );
    }
  });

  it("sends nothing for a transaction without statements, and BEGIN before a first statement without values", async () => {
    // What reaches pg's own query: every statement written to the server.
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      expect(await transaction(async () => "nothing to do")).toBe("nothing to do");
      expect(sent).toHaveBeenCalledTimes(0);
      const seen = await transaction(async (tx) => {
        await tx.execute(sql`SELECT set_config('worklane.probe', 'plain', true)`);
        return rowsOf(await tx.execute(sql`SELECT current_setting('worklane.probe', true) AS v`))[0]?.v;
      });
      expect(seen).toBe("plain");
      // BEGIN, the two statements, COMMIT: the simple protocol's first statement does not ride.
      expect(sent).toHaveBeenCalledTimes(4);
      sent.mockClear();
      await transaction((tx) => tx.execute(sql`SELECT ${1}::int`));
      // The statement with BEGIN in front, COMMIT.
      expect(sent).toHaveBeenCalledTimes(2);
    } finally {
      sent.mockRestore();
    }
  });

  it("commits with a last statement marked as such, in one write for a one-statement transaction", async () => {
    const sent = vi.spyOn(pg.Client.prototype, "query");
    try {
      const seen = await transaction(async (tx) => {
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${20})`);
        return rowsOf(
          await commitWithNextStatement(tx).execute(
            sql`SELECT count(*)::int AS n FROM begin_rides_probe WHERE n = ${20}`,
          ),
        );
      });
      expect(seen).toEqual([{ n: 1 }]);
      // The insert with BEGIN in front, the read with COMMIT behind: Drizzle's commit was answered without a write.
      expect(sent).toHaveBeenCalledTimes(2);
      sent.mockClear();
      await transaction((tx) =>
        commitWithNextStatement(tx).execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${21})`),
      );
      expect(sent).toHaveBeenCalledTimes(1);
    } finally {
      sent.mockRestore();
    }
    expect(await rows(sql`SELECT n FROM begin_rides_probe WHERE n IN (20, 21) ORDER BY n`)).toEqual([
      { n: 20 },
      { n: 21 },
    ]);
  });

  it("rolls the whole transaction back when the last statement fails, and the connection serves again", async () => {
    for (let round = 0; round < 25; round++) {
      await expect(
        transaction(async (tx) => {
          await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${1000 + round})`);
          await commitWithNextStatement(tx).execute(sql`SELECT 1 / ${0}::int`);
        }),
      ).rejects.toSatisfy((error) => sqlStateOf(error) === "22012");
    }
    expect(await rows(sql`SELECT count(*)::int AS n FROM begin_rides_probe WHERE n >= 1000`)).toEqual([{ n: 0 }]);
  });

  it("refuses a statement sent after the committing one instead of running it outside the transaction", async () => {
    await expect(
      transaction(async (tx) => {
        await commitWithNextStatement(tx).execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${30})`);
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${31})`);
      }),
    ).rejects.toSatisfy((error) => /came after the transaction's last one/.test(String((error as Error).cause)));
    expect(await rows(sql`SELECT n FROM begin_rides_probe WHERE n IN (30, 31) ORDER BY n`)).toEqual([{ n: 30 }]);
    expect(rowsOf(await transaction((tx) => tx.execute(sql`SELECT ${7}::int AS n`)))).toEqual([{ n: 7 }]);
  });

  it("does not commit at a savepoint's last statement: the outer transaction goes on", async () => {
    await expect(
      transaction(async (tx) => {
        await tx.transaction((inner) =>
          commitWithNextStatement(inner).execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${40})`),
        );
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${41})`);
        throw new Error("the outer transaction fails after both");
      }),
    ).rejects.toThrow("the outer transaction fails");
    expect(await rows(sql`SELECT n FROM begin_rides_probe WHERE n IN (40, 41)`)).toEqual([]);
  });

  it("does not commit early in a transaction it did not open as an action's (the job runner's own)", async () => {
    await expect(
      t().db.transaction(async (tx) => {
        await commitWithNextStatement(tx).execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${50})`);
        await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${51})`);
        throw new Error("the job fails after both");
      }),
    ).rejects.toThrow("the job fails after both");
    expect(await rows(sql`SELECT n FROM begin_rides_probe WHERE n IN (50, 51)`)).toEqual([]);
  });

  it("hands every connection back clean when a value cannot be bound (pg answers such a query twice)", async () => {
    for (let round = 0; round < 25; round++) {
      await expect(
        transaction(async (tx) => {
          await tx.execute(sql`INSERT INTO begin_rides_probe (n) VALUES (${2000 + round})`);
          // A BigInt inside an object: JSON.stringify throws while pg builds the Bind message.
          await commitWithNextStatement(tx).execute(sql`SELECT ${{ big: 1n }}::text`);
        }),
      ).rejects.toThrow();
    }
    expect(await rows(sql`SELECT count(*)::int AS n FROM begin_rides_probe WHERE n >= 2000`)).toEqual([{ n: 0 }]);
    for (let round = 0; round < 25; round++) {
      expect(rowsOf(await transaction((tx) => tx.execute(sql`SELECT ${round}::int AS n`)))).toEqual([{ n: round }]);
      expect(await rows(sql`SELECT ${round}::int AS n`)).toEqual([{ n: round }]);
    }
  });
});

/**
 * Writes held for the next statement (`sendWithNextStatement`) must do what they would have done one round trip
 * earlier: seen by the statements after them, committed or rolled back with the transaction, their failure failing
 * the action.
 */
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
