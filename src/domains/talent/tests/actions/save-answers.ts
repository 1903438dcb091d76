import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { AttemptView, SubmitAttempt } from "../contract";
import { attemptView } from "../scope";
import { lateAnswers, openSitting } from "../steps";
import { skillTestAttempts } from "../tables";

/**
 * The worker's answers so far, kept while the sitting is open (PUT: the whole list each time, so a repeat changes
 * nothing). They are what an abandoned sitting is graded on when its time runs out; nothing is marked before that.
 * After the deadline's grace the sitting is closed on what was saved before, and the worker hears 409, as on submit.
 */
export async function saveSkillTestAnswers(ctx: Ctx, id: string, input: SubmitAttempt): Promise<AttemptView> {
  const outcome = await ctx.transaction(async (tx) => {
    const { row, late } = await openSitting(tx, ctx, id, input.answers);
    if (late) {
      return { row, view: null };
    }
    // The same list again (a retried save) writes nothing and records nothing.
    if (JSON.stringify(row.attempt.answers ?? []) === JSON.stringify(input.answers)) {
      return { row, view: await attemptView(tx, ctx, row) };
    }
    const [attempt] = await tx
      .update(skillTestAttempts)
      .set({ answers: input.answers })
      .where(eq(skillTestAttempts.id, id))
      .returning();
    await recordEvent(tx, ctx, {
      action: "skill_test_attempt.answers_saved",
      subject: { type: "skill_test_attempt", id },
      data: { testId: row.test.id, answered: input.answers.filter((a) => a !== null).length },
    });
    return { row, view: await attemptView(tx, ctx, { attempt: attempt ?? row.attempt, test: row.test }) };
  });
  if (!outcome.view) {
    throw lateAnswers(outcome.row.attempt.deadline);
  }
  return outcome.view;
}
