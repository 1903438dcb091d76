import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { NEEDS_POSTGRES, skipWithoutPostgres } from "#test/harness";
import { loadConfig } from "./config";
import { defaultPoolSize, openDatabase } from "./db";

describe("DATABASE_POOL_SIZE", () => {
  it("is read as a whole number of connections, and unset leaves db.ts's default", () => {
    expect(loadConfig({ DATABASE_POOL_SIZE: "8" }).DATABASE_POOL_SIZE).toBe(8);
    expect(loadConfig({}).DATABASE_POOL_SIZE).toBeUndefined();
    expect(defaultPoolSize).toBe(10);
  });

  it("refuses a size that is not a whole number from 1 to 500, naming the setting", () => {
    for (const bad of ["0", "501", "ten", "2.5", "-3"]) {
      expect(() => loadConfig({ DATABASE_POOL_SIZE: bad })).toThrow(/Invalid environment:\nDATABASE_POOL_SIZE/);
    }
  });

  it.skipIf(skipWithoutPostgres())(`caps the connections a process opens (${NEEDS_POSTGRES})`, async () => {
    const url = process.env.TEST_DATABASE_URL ?? "";
    const database = await openDatabase({ url, dataDir: "memory://", poolSize: 2 });
    try {
      // Five statements at once: the pool opens two connections, the other three wait for one.
      const pids = await Promise.all(
        Array.from({ length: 5 }, () =>
          database.db.execute(sql`SELECT pg_backend_pid() AS pid, pg_sleep(${0.05})`).then((r) => {
            return (r as unknown as { rows: { pid: number }[] }).rows[0]?.pid;
          }),
        ),
      );
      expect(new Set(pids).size).toBe(2);
    } finally {
      await database.close();
    }
  });
});
