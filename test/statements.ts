import { vi } from "vitest";
import type { Executor } from "#platform/db";

/**
 * Counts the statements sent while `fn` runs, on either database: every statement (a builder awaited, `execute`, a
 * batch, a named prepared statement) goes through the Drizzle session's `prepareQuery`, and a transaction's session
 * is of the same class, so a spy on the class's method sees them all. Run nothing else on the database meanwhile.
 */
export async function countStatements<T>(
  db: Executor,
  fn: () => Promise<T>,
): Promise<{ result: T; statements: number }> {
  const session = (db as unknown as { _: { session: object } })._.session;
  const spy = vi.spyOn(Object.getPrototypeOf(session) as { prepareQuery: () => unknown }, "prepareQuery");
  try {
    const result = await fn();
    return { result, statements: spy.mock.calls.length };
  } finally {
    spy.mockRestore();
  }
}
