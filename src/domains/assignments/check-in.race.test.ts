import { and, eq, isNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assignedAssignment, call } from "#test/given";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { assignmentTimeLogs } from "./tables";

/**
 * The lock reads the actor's context (an open time log, an invitation) in the locking statement itself. A statement
 * that waited for the lock sees the row as the holder left it but its subqueries as they were before: without the
 * lock's guard (scope.ts `lockForActor`), a double-clicked check-in read "not checked in" after the first one
 * committed and ran into the one-open-log index (a 409 `conflict` no route declares). PGlite runs one query at a time, so only a server shows it.
 */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();
const ROUNDS = 20;

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

describe.skipIf(skip)(`a check-in sent twice at once (${NEEDS_POSTGRES})`, () => {
  it(`opens one time log and refuses the other with a clear 409, ${ROUNDS} times over`, async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { assignee, assignment } = await assignedAssignment(t());
      const url = `/api/v1/assignments/${assignment.id}/check-in`;
      const responses = await Promise.all(
        [1, 2, 3].map(() => call(t(), assignee, { method: "POST", url, payload: {} })),
      );
      const codes = responses.map((r) => r.statusCode).sort();
      expect(codes, `round ${round}: ${responses.map((r) => r.body).join(" | ")}`).toEqual([200, 409, 409]);
      for (const refused of responses.filter((r) => r.statusCode === 409)) {
        expect(refused.json(), `round ${round}`).toMatchObject({ code: "invalid_transition" });
      }
      const open = await t()
        .db.select()
        .from(assignmentTimeLogs)
        .where(and(eq(assignmentTimeLogs.assignmentId, assignment.id), isNull(assignmentTimeLogs.checkedOutAt)));
      expect(open).toHaveLength(1);
    }
  });
});
