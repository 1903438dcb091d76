import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, eventsOf } from "#test/given";
import { testApp, usingPostgres } from "#test/harness";

/**
 * Issue 3, Correctness: "Approve and cancel arriving together: one wins, the history says which, nothing half-done."
 * Both lock the row first, so the second sees the first one's result and is refused with 409. On PostgreSQL the two
 * requests really overlap; on PGlite they queue, which must give the same answers.
 */
const t = await testApp();
const ROUNDS = usingPostgres ? 20 : 3;

describe("approve and cancel at the same moment", () => {
  it(`lets exactly one win, ${ROUNDS} times over, and records only the winner`, async () => {
    const seen = new Set<string>();
    for (let round = 0; round < ROUNDS; round++) {
      const { owner, assignee, assignment } = await assignedAssignment(t);
      await act(t, assignee, assignment.id, "submit", { hours: 2 });
      const url = `/api/v1/assignments/${assignment.id}`;
      const [approve, cancel] = await Promise.all([
        call(t, owner, { method: "POST", url: `${url}/approve` }),
        call(t, owner, { method: "POST", url: `${url}/cancel`, payload: { reason: "Not what we asked for" } }),
      ]);
      const codes = [approve.statusCode, cancel.statusCode].sort();
      expect(codes, `round ${round}`).toEqual([200, 409]);
      const winner = approve.statusCode === 200 ? "approved" : "cancelled";
      seen.add(winner);
      const loser = approve.statusCode === 200 ? cancel : approve;
      expect(loser.json()).toMatchObject({ code: "invalid_transition", currentStatus: winner });
      const view = (await call(t, owner, { method: "GET", url })).json();
      expect(view.status).toBe(winner);
      expect(view.cancellation === null).toBe(winner === "approved");
      expect(view.approvedAt === null).toBe(winner === "cancelled");
      const endings = (await eventsOf(t, assignment.id))
        .map((e) => e.action)
        .filter((a) => a === "assignment.approved" || a === "assignment.cancelled");
      expect(endings).toEqual([`assignment.${winner}`]);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 300_000);
});
