import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { type FieldError, Problem } from "#shared/problems";
import { tellWorkers } from "../../notice-steps";
import type { AttemptView, GradeAttempt } from "../contract";
import { passes, scoreOf } from "../grading";
import { attemptView, findAttempt } from "../scope";
import { skillTestAttempts } from "../tables";

/**
 * A member of the test's company grades the short-text answers, all of them in one request; the score is then final
 * and the worker is told.
 */
export async function gradeSkillTestAttempt(ctx: Ctx, id: string, input: GradeAttempt): Promise<AttemptView> {
  return ctx.transaction(async (tx) => {
    const row = await findAttempt(tx, ctx, id, true);
    const { attempt, test } = row;
    if (attempt.status !== "grading") {
      throw new Problem(
        "invalid_transition",
        attempt.status === "graded" ? "This attempt is already graded." : "The worker has not handed it in yet.",
        { currentStatus: attempt.status, action: "grade" },
      );
    }
    const marks = [...(attempt.marks ?? [])];
    const errors: FieldError[] = [];
    input.grades.forEach((grade, i) => {
      const question = test.questions[grade.question];
      if (question?.type !== "text" || marks[grade.question] !== null) {
        errors.push({
          pointer: `/body/grades/${i}/question`,
          message: "Point at a short-text answer waiting for grading.",
        });
      } else if (grade.points > question.points) {
        errors.push({ pointer: `/body/grades/${i}/points`, message: `Give at most ${question.points} points.` });
      }
    });
    const given = new Map(input.grades.map((g) => [g.question, g.points]));
    const missing = marks.flatMap((m, i) => (m === null && !given.has(i) ? [i + 1] : []));
    if (missing.length > 0) {
      errors.push({ pointer: "/body/grades", message: `Grade question ${missing.join(", ")} as well.` });
    }
    if (errors.length > 0) {
      throw new Problem("validation_failed", "The grades do not fit the answers waiting for grading.", {}, errors);
    }
    const graded = marks.map((m, i) => m ?? given.get(i) ?? 0);
    const score = scoreOf(test.questions, graded) ?? 0;
    const [updated] = await tx
      .update(skillTestAttempts)
      .set({
        status: "graded",
        marks: graded,
        score,
        passed: passes(score, test.passingScore),
        gradedBy: ctx.actor.kind === "user" ? ctx.actor.userId : null,
        gradedAt: ctx.now,
      })
      .where(eq(skillTestAttempts.id, id))
      .returning();
    await recordEvent(tx, ctx, {
      action: "skill_test_attempt.graded",
      subject: { type: "skill_test_attempt", id },
      data: { testId: test.id, workerId: attempt.workerId, score, passed: updated?.passed ?? null },
    });
    await tellWorkers(tx, ctx, [attempt.workerId], {
      title: `Your score in "${test.title}": ${score} %`,
      text: `Your answers to "${test.title}" are graded: ${score} % (pass mark ${test.passingScore} %). Open My tests in Worklane for the details.`,
      link: "/skill-tests",
      subject: { type: "skill_test_attempt", id },
    });
    return attemptView(tx, ctx, { attempt: updated ?? attempt, test });
  });
}
