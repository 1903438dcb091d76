/**
 * The close job of a test sitting (issue 12, item 2): queued by the start in its own transaction, due just after the
 * deadline's grace. A sitting still open then was abandoned (tab closed, connection lost): it is closed as timed out
 * and graded on the answers saved before the deadline, and the worker is told. A sitting handed in meanwhile is left
 * alone, so the job may run late or twice.
 */
import { eq } from "drizzle-orm";
import { z } from "zod";
import type { Ctx } from "#platform/context";
import { defineJob } from "#platform/jobs";
import { tellWorkers } from "../notice-steps";
import { pastGrace } from "./scope";
import { closeAttemptJob, closeTimedOut } from "./steps";
import { skillTestAttempts, skillTests } from "./tables";

/** Closes one abandoned sitting; answers whether it closed it. */
export async function closeAbandonedAttempt(ctx: Ctx, attemptId: string): Promise<boolean> {
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select({ attempt: skillTestAttempts, test: skillTests })
      .from(skillTestAttempts)
      .innerJoin(skillTests, eq(skillTests.id, skillTestAttempts.testId))
      .where(eq(skillTestAttempts.id, attemptId))
      .for("update", { of: skillTestAttempts });
    if (row?.attempt.status !== "in_progress" || !pastGrace(row.attempt, ctx.now)) {
      return false;
    }
    const closed = await closeTimedOut(tx, ctx, row);
    const answered = (closed.answers ?? []).filter((a) => a !== null).length;
    const result =
      closed.score === null
        ? "Its short-text answers wait for the company's grading."
        : `Score: ${closed.score} % (pass mark ${row.test.passingScore} %).`;
    await tellWorkers(tx, ctx, [row.attempt.workerId], {
      title: `Your time for "${row.test.title}" ran out`,
      text: `The time for "${row.test.title}" ran out before you handed it in, so the ${answered} answer(s) you had saved were handed in for you. ${result} Open My tests in Worklane for the details.`,
      link: "/skill-tests",
      subject: { type: "skill_test_attempt", id: attemptId },
    });
    return true;
  });
}

export const closeTestAttemptJob = defineJob({
  name: closeAttemptJob,
  payload: z.object({ attemptId: z.uuid() }),
  async run(ctx, payload) {
    await closeAbandonedAttempt(ctx, payload.attemptId);
  },
});
