/**
 * The steps the test use cases share, and what the requirement evaluator reads about tests (talent/steps.ts).
 */
import { and, eq, inArray, max, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { Problem } from "#shared/problems";
import { talentPools } from "../pools/tables";
import type { TestFact } from "../requirements";
import type { Answer } from "./contract";
import { answerErrors, markAll, passes, scoreOf } from "./grading";
import { type AttemptRow, findAttempt, GRACE_MS, pastGrace, type TestRow } from "./scope";
import { skillTestAttempts, skillTests } from "./tables";

/**
 * Closes an attempt with these answers: choice and numeric answers are marked at once; it is final (graded) unless a
 * short-text answer waits for a company member. A late attempt (`timedOut`) is closed on the answers saved while it
 * was open (`closeTimedOut`).
 */
export async function finishAttempt(
  tx: Executor,
  ctx: Ctx,
  row: { attempt: AttemptRow; test: TestRow },
  answers: readonly (Answer | null)[],
  timedOut: boolean,
): Promise<AttemptRow> {
  const { attempt, test } = row;
  const marks = markAll(test.questions, answers);
  const score = scoreOf(test.questions, marks);
  const [updated] = await tx
    .update(skillTestAttempts)
    .set({
      status: score === null ? "grading" : "graded",
      answers: [...answers],
      marks,
      score,
      passed: score === null ? null : passes(score, test.passingScore),
      submittedAt: timedOut ? attempt.deadline : ctx.now,
      timedOut,
    })
    .where(eq(skillTestAttempts.id, attempt.id))
    .returning();
  if (!updated) {
    throw new Error("attempt update returned nothing");
  }
  await recordEvent(tx, ctx, {
    action: timedOut ? "skill_test_attempt.timed_out" : "skill_test_attempt.submitted",
    subject: { type: "skill_test_attempt", id: attempt.id },
    data: { testId: test.id, workerId: attempt.workerId, status: updated.status, score, passed: updated.passed },
  });
  return updated;
}

/** A test may name only a pool of its own company (400 at the field otherwise, like a set's references). */
export async function ensureOwnPool(tx: Executor, companyId: string, poolId: string | null): Promise<void> {
  if (!poolId) {
    return;
  }
  const [pool] = await tx
    .select({ id: talentPools.id })
    .from(talentPools)
    .where(and(eq(talentPools.id, poolId), eq(talentPools.companyId, companyId)));
  if (!pool) {
    throw new Problem("validation_failed", "No pool of your company has this id.", {}, [
      { pointer: "/body/poolId", message: "Choose one of your pools." },
    ]);
  }
}

/** Closes a sitting whose time ran out, graded on the answers the worker saved before the deadline. */
export const closeTimedOut = (tx: Executor, ctx: Ctx, row: { attempt: AttemptRow; test: TestRow }) =>
  finishAttempt(tx, ctx, row, row.attempt.answers ?? [], true);

/**
 * The gate for answers sent to a sitting (saved or handed in), inside the caller's transaction with the attempt
 * locked: 409 once it was handed in, 400 when an answer does not fit its question. Past the deadline's grace the
 * sitting is closed on what was saved before and `late` is set: the caller commits that, then refuses (`lateAnswers`).
 */
export async function openSitting(tx: Executor, ctx: Ctx, id: string, answers: readonly (Answer | null)[]) {
  const row = await findAttempt(tx, ctx, id, true);
  if (row.attempt.status !== "in_progress") {
    throw new Problem("invalid_transition", "This attempt was already handed in.", {
      currentStatus: row.attempt.status,
      action: "submit",
    });
  }
  if (pastGrace(row.attempt, ctx.now)) {
    await closeTimedOut(tx, ctx, row);
    return { row, late: true };
  }
  const errors = answerErrors(row.test.questions, answers);
  if (errors.length > 0) {
    throw new Problem("validation_failed", "Some answers do not fit their questions.", {}, errors);
  }
  return { row, late: false };
}

/** The 409 for answers that came after the sitting's time ran out (it is closed by then, on the saved answers). */
export function lateAnswers(deadline: Date): Problem {
  const at = deadline.toISOString();
  return new Problem("invalid_transition", `The time ran out at ${at}; these answers came too late.`, {
    currentStatus: "in_progress",
    action: "submit",
    deadline: at,
  });
}

/** The close job's name and key: one per attempt, queued by the start, due just after the deadline's grace. */
export const closeAttemptJob = "talent.close-test-attempt";
export async function queueClose(tx: Executor, ctx: Pick<Ctx, "now">, attempt: AttemptRow): Promise<void> {
  await enqueue(
    tx,
    ctx,
    closeAttemptJob,
    { attemptId: attempt.id },
    { runAt: new Date(attempt.deadline.getTime() + GRACE_MS + 1000), key: `${closeAttemptJob}:${attempt.id}` },
  );
}

/**
 * For each worker, the company's published tests with the worker's best final score: two statements for any number
 * of workers (matching checks many at once).
 */
export async function testFactsFor(
  tx: Executor,
  workerIds: readonly string[],
  companyId: string,
): Promise<Map<string, TestFact[]>> {
  const tests = await tx
    .select({ id: skillTests.id, title: skillTests.title })
    .from(skillTests)
    .where(and(eq(skillTests.companyId, companyId), eq(skillTests.status, "published")));
  const facts = new Map<string, TestFact[]>();
  if (tests.length === 0 || workerIds.length === 0) {
    return facts;
  }
  const scores = await tx
    .select({
      workerId: skillTestAttempts.workerId,
      testId: skillTestAttempts.testId,
      best: max(skillTestAttempts.score),
      grading: sql<boolean>`bool_or(${skillTestAttempts.status} = 'grading')`,
    })
    .from(skillTestAttempts)
    .where(and(eq(skillTestAttempts.companyId, companyId), inArray(skillTestAttempts.workerId, [...workerIds])))
    .groupBy(skillTestAttempts.workerId, skillTestAttempts.testId);
  for (const workerId of workerIds) {
    facts.set(
      workerId,
      tests.map((t) => {
        const s = scores.find((r) => r.workerId === workerId && r.testId === t.id);
        return { testId: t.id, title: t.title, best: s?.best ?? null, grading: s?.grading === true };
      }),
    );
  }
  return facts;
}
