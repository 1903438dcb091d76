import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { AttemptView, SubmitAttempt } from "../contract";
import { answerFits } from "../grading";
import { attemptView, findAttempt, GRACE_MS } from "../scope";
import { finishAttempt } from "../steps";

/**
 * The worker hands in their answers. Choice and numeric answers are marked at once; short-text answers wait for a
 * company member. After the deadline (and a short grace for the request in flight) the answers are refused: the
 * attempt is closed as timed out (committed) and the worker hears 409.
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
      await finishAttempt(tx, ctx, row, [], true);
      return { late: row.attempt.deadline, view: null };
    }
    const questions = row.test.questions;
    const errors = input.answers.flatMap((answer, i) => {
      const question = questions[i];
      if (!question) {
        return [{ pointer: `/body/answers/${i}`, message: `The test has ${questions.length} questions.` }];
      }
      return answerFits(question, answer)
        ? []
        : [{ pointer: `/body/answers/${i}`, message: `This answer does not fit a ${question.type} question.` }];
    });
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
