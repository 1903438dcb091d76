import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { AttemptView } from "../contract";
import { attemptView, findTest, lastAttempt, pastGrace, startRule } from "../scope";
import { closeTimedOut, queueClose } from "../steps";
import { skillTestAttempts } from "../tables";

/**
 * A worker starts a sitting: the deadline is fixed now from the time limit, and the server refuses answers after it.
 * The job that closes the sitting if it is abandoned is queued in the same transaction (`queueClose`), so an attempt
 * never exists without it. A sitting left open past its deadline is closed first (timed out, on its saved answers). A retake before the waiting period
 * ends is refused with 409 and the date it opens. The test row's lock keeps two starts from racing.
 */
export async function startSkillTestAttempt(ctx: Ctx, testId: string): Promise<AttemptView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const test = await findTest(tx, ctx, testId, true);
    let last = await lastAttempt(tx, testId, actor.userId);
    if (last?.status === "in_progress" && pastGrace(last, ctx.now)) {
      // Its close job has not run yet (the queue was busy): close it here on its saved answers, as the job would.
      last = await closeTimedOut(tx, ctx, { attempt: last, test });
    }
    const rule = startRule(test, last, ctx.now);
    if (!rule.may) {
      if (last?.status === "in_progress") {
        throw new Problem("conflict", "You have already started this test; finish that attempt first.", {
          attemptId: last.id,
        });
      }
      if (rule.at === null) {
        throw new Problem("conflict", "This test may be taken once, and you have taken it.", { retakeAt: null });
      }
      throw new Problem(
        "conflict",
        `You may take this test again from ${rule.at.toISOString().slice(0, 16).replace("T", " ")} UTC.`,
        { retakeAt: rule.at.toISOString() },
      );
    }
    const [attempt] = await tx
      .insert(skillTestAttempts)
      .values({
        testId,
        companyId: test.companyId,
        workerId: actor.userId,
        status: "in_progress",
        startedAt: ctx.now,
        deadline: new Date(ctx.now.getTime() + test.timeLimitMinutes * 60_000),
      })
      .returning();
    if (!attempt) {
      throw new Error("attempt insert returned nothing");
    }
    await queueClose(tx, ctx, attempt);
    await recordEvent(tx, ctx, {
      action: "skill_test_attempt.started",
      subject: { type: "skill_test_attempt", id: attempt.id },
      data: { testId, workerId: actor.userId, deadline: attempt.deadline.toISOString() },
    });
    return attemptView(tx, ctx, { attempt, test });
  });
}
