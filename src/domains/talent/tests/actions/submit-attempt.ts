import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { AttemptView, SubmitAttempt } from "../contract";
import { answerErrors } from "../grading";
import { attemptView, findAttempt, GRACE_MS } from "../scope";
import { closeTimedOut, finishAttempt } from "../steps";

/**
 * The worker hands in their answers. Choice and numeric answers are marked at once; short-text answers wait for a
 * company member. After the deadline (and a short grace for the request in flight) the answers are refused: the
 * attempt is closed as timed out on the answers saved in time (committed) and the worker hears 409.
 */
export async function submitSkillTestAttempt(ctx: Ctx, id: string, input: SubmitAttempt): Promise<AttemptView> {
  const outcome = await ctx.transaction(async (tx) => {
    const row = await findAttempt(tx, ctx, id, true);
    if (row.attempt.status !== "in_progress") {
      throw new Problem("invalid_transition", "This attempt was already handed in.", {
        currentStatus: row.attempt.status,
        action: "submit",
      });
    }
    if (row.attempt.deadline.getTime() + GRACE_MS < ctx.now.getTime()) {
      await closeTimedOut(tx, ctx, row);
      return { late: row.attempt.deadline, view: null };
    }
    const errors = answerErrors(row.test.questions, input.answers);
    if (errors.length > 0) {
      throw new Problem("validation_failed", "Some answers do not fit their questions.", {}, errors);
    }
    const attempt = await finishAttempt(tx, ctx, row, input.answers, false);
    return { late: null, view: await attemptView(tx, ctx, { attempt, test: row.test }) };
  });
  if (outcome.late || !outcome.view) {
    const deadline = outcome.late?.toISOString() ?? "";
    throw new Problem("invalid_transition", `The time ran out at ${deadline}; the answers came too late.`, {
      currentStatus: "in_progress",
      action: "submit",
      deadline,
    });
  }
  return outcome.view;
}
