import { defineConfig } from "vitest/config";

/**
 * Tests of PostgreSQL-only behaviour (real concurrent connections, several server processes). On a laptop without
 * TEST_DATABASE_URL they skip with "skipped: needs PostgreSQL"; under CI=true they fail instead of skipping.
 * `.ci/run` sets WORKLANE_TEST_PASS=pglite for its embedded-database pass, which leaves them out (they run in the
 * PostgreSQL pass that follows), so that pass can also insist on zero skipped tests.
 */
export const postgresOnly = ["test/two-processes.test.ts", "src/**/*.postgres.test.ts"];

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    exclude: ["**/node_modules/**", ...(process.env.WORKLANE_TEST_PASS === "pglite" ? postgresOnly : [])],
    globalSetup: ["./test/global-setup.ts"],
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { LOG_LEVEL: "silent" },
  },
});
