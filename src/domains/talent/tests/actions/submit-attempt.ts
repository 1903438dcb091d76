import type { Ctx } from "#platform/context";
import type { AttemptView, SubmitAttempt } from "../contract";
import { attemptView } from "../scope";
import { finishAttempt, lateAnswers, openSitting } from "../steps";

/**
 * The worker hands in their answers. Choice and numeric answers are marked at once; short-text answers wait for a
 * company member. After the deadline (and a short grace for the request in flight) the answers are refused: the
 * attempt is closed as timed out on the answers saved in time (committed) and the worker hears 409.
 */
export async function submitSkillTestAttempt(ctx: Ctx, id: string, input: SubmitAttempt): Promise<AttemptView> {
  const outcome = await ctx.transaction(async (tx) => {
    const { row, late } = await openSitting(tx, ctx, id, input.answers);
    if (late) {
      return { row, view: null };
    }
    const attempt = await finishAttempt(tx, ctx, row, input.answers, false);
    return { row, view: await attemptView(tx, ctx, { attempt, test: row.test }) };
  });
  if (!outcome.view) {
    throw lateAnswers(outcome.row.attempt.deadline);
  }
  return outcome.view;
}
