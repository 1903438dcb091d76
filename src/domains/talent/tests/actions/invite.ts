import { inArray } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { tellWorkers } from "../../notice-steps";
import type { TestView } from "../contract";
import { findTest, mayManage, testView } from "../scope";
import { skillTestInvitations } from "../tables";

/**
 * A company admin or manager invites workers to a published test; each new invitee is told (inbox and email, as
 * their preference says). Inviting someone again changes nothing and sends nothing.
 */
export async function inviteToSkillTest(ctx: Ctx, id: string, workerIds: string[]): Promise<TestView> {
  return ctx.transaction(async (tx) => {
    const test = await findTest(tx, ctx, id, true);
    if (!mayManage(ctx.actor, test)) {
      throw new Problem("forbidden", "Only the test's company admins and managers invite workers to it.");
    }
    if (test.status !== "published") {
      throw new Problem("invalid_transition", "Publish the test before inviting workers.", {
        currentStatus: test.status,
        action: "invite",
      });
    }
    const unique = [...new Set(workerIds)];
    const found = await tx
      .select({ id: users.id, type: users.accountType })
      .from(users)
      .where(inArray(users.id, unique));
    const bad = unique.findIndex((w) => found.find((f) => f.id === w)?.type !== "worker");
    if (bad >= 0) {
      throw new Problem("validation_failed", "No worker has this id.", {}, [
        { pointer: `/body/workerIds/${workerIds.indexOf(unique[bad] ?? "")}`, message: "Use a worker's id." },
      ]);
    }
    const added = await tx
      .insert(skillTestInvitations)
      .values(
        unique.map((workerId) => ({
          testId: id,
          workerId,
          invitedBy: ctx.actor.kind === "user" ? ctx.actor.userId : "",
          invitedAt: ctx.now,
        })),
      )
      .onConflictDoNothing()
      .returning();
    for (const invitation of added) {
      await recordEvent(tx, ctx, {
        action: "skill_test.invited",
        subject: { type: "skill_test", id },
        data: { workerId: invitation.workerId },
      });
    }
    await tellWorkers(
      tx,
      ctx,
      added.map((invitation) => invitation.workerId),
      {
        title: `You are invited to take the test "${test.title}"`,
        text: `You are invited to take "${test.title}" (${test.questions.length} questions, ${test.timeLimitMinutes} minutes, pass mark ${test.passingScore} %). Open My tests in Worklane to start it.`,
        link: "/skill-tests",
        subject: { type: "skill_test", id },
      },
    );
    return testView(tx, ctx, test);
  });
}
