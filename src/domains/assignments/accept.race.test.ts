import { and, eq, sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events } from "#platform/tables";
import { act, call, draftAssignment, postingClient, readyWorker, type Session } from "#test/given";
import { NEEDS_POSTGRES, skipWithoutPostgres, type TestApp, testApp } from "#test/harness";
import { assignmentRecipients, assignments } from "./tables";

/**
 * Issue 3, Correctness: "50 concurrent accepts of one first-to-accept assignment: exactly one worker assigned, 49
 * clear refusals, in 100 repetitions, on PostgreSQL." PGlite runs one query at a time, so only a server shows it.
 */
const skip = skipWithoutPostgres();
const app = skip ? null : await testApp();
const WORKERS = 50;
const REPETITIONS = 100;

function t(): TestApp {
  if (!app) {
    throw new Error(NEEDS_POSTGRES);
  }
  return app;
}

async function race(owner: Session, workers: Session[]) {
  const draft = await draftAssignment(t(), owner, { routingMode: "first_to_accept" });
  await act(t(), owner, draft.id, "send", { workerIds: workers.map((w) => w.me.id) });
  const responses = await Promise.all(
    workers.map((w) => call(t(), w, { method: "POST", url: `/api/v1/assignments/${draft.id}/accept` })),
  );
  return { id: draft.id, responses };
}

describe.skipIf(skip)(`50 workers accept one assignment at once (${NEEDS_POSTGRES})`, () => {
  it(`assigns exactly one and tells the other 49 it is taken, ${REPETITIONS} times over`, async () => {
    const owner = await postingClient(t());
    const workers: Session[] = [];
    for (let i = 0; i < WORKERS; i++) {
      workers.push(await readyWorker(t()));
    }
    for (let round = 0; round < REPETITIONS; round++) {
      const { id, responses } = await race(owner, workers);
      const winners = responses.filter((r) => r.statusCode === 200);
      const refusals = responses.filter((r) => r.statusCode === 409);
      expect(winners, `round ${round}`).toHaveLength(1);
      expect(refusals, `round ${round}`).toHaveLength(WORKERS - 1);
      for (const refusal of refusals) {
        expect(refusal.json()).toMatchObject({
          code: "invalid_transition",
          currentStatus: "assigned",
          detail: "Another worker accepted this assignment first.",
        });
      }
      const winner = winners[0]?.json().assignedWorker.id;
      const [row] = await t().db.select().from(assignments).where(eq(assignments.id, id));
      expect(row).toMatchObject({ status: "assigned", assignedWorkerId: winner, version: 3 });
      const statuses = await t()
        .db.select({ status: assignmentRecipients.status, n: sql<number>`count(*)::int` })
        .from(assignmentRecipients)
        .where(eq(assignmentRecipients.assignmentId, id))
        .groupBy(assignmentRecipients.status);
      expect(Object.fromEntries(statuses.map((s) => [s.status, s.n]))).toEqual({ accepted: 1, taken: WORKERS - 1 });
      const accepted = await t()
        .db.select()
        .from(events)
        .where(and(eq(events.subjectId, id), eq(events.action, "assignment.accepted")));
      expect(accepted.map((e) => e.data.workerId)).toEqual([winner]);
    }
  }, 600_000);
});
