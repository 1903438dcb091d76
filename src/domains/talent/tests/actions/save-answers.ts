import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AttemptView, SubmitAttempt } from "../contract";
import { answerErrors } from "../grading";
import { attemptView, findAttempt, GRACE_MS } from "../scope";
import { closeTimedOut } from "../steps";
import { skillTestAttempts } from "../tables";

/**
 * The worker's answers so far, kept while the sitting is open (PUT: the whole list each time, so a repeat changes
 * nothing). They are what an abandoned sitting is graded on when its time runs out; nothing is marked before that.
 * After the deadline's grace the sitting is closed on what was saved before, and the worker hears 409, as on submit.
 */
export async function saveSkillTestAnswers(ctx: Ctx, id: string, input: SubmitAttempt): Promise<AttemptView> {
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
    // The same list again (a retried save) writes nothing and records nothing.
    if (JSON.stringify(row.attempt.answers ?? []) === JSON.stringify(input.answers)) {
      return { late: null, view: await attemptView(tx, ctx, row) };
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
    return { late: null, view: await attemptView(tx, ctx, { attempt: attempt ?? row.attempt, test: row.test }) };
  });
  if (outcome.late || !outcome.view) {
    const deadline = outcome.late?.toISOString() ?? "";
    throw new Problem("invalid_transition", `The time ran out at ${deadline}; these answers came too late.`, {
      currentStatus: "in_progress",
      action: "submit",
      deadline,
    });
  }
  return outcome.view;
}
