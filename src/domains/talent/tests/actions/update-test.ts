import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { SaveTest, TestView } from "../contract";
import { findTest, mayManage, testView } from "../scope";
import { ensureOwnPool } from "../steps";
import { skillTests } from "../tables";

/**
 * A company admin or manager rewrites a draft (PUT: the whole test each time). A published test is fixed, because
 * its attempts were marked against its questions and its pass mark, and requirement sets count those scores: editing
 * it is refused with 409 and the way on, "duplicate as a new draft" (docs/architecture.md, skill tests).
 */
export async function updateSkillTest(ctx: Ctx, id: string, input: SaveTest): Promise<TestView> {
  return ctx.transaction(async (tx) => {
    const row = await findTest(tx, ctx, id, true);
    if (!mayManage(ctx.actor, row)) {
      throw new Problem("forbidden", "Only the test's company admins and managers edit it.");
    }
    if (row.status !== "draft") {
      throw new Problem(
        "invalid_transition",
        "A published test cannot be edited: its attempts were graded against these questions. Duplicate it as a new draft, edit that and publish it.",
        { currentStatus: row.status, action: "edit", duplicate: `/api/v1/skill-tests/${id}/duplicate` },
      );
    }
    await ensureOwnPool(tx, row.companyId, input.poolId);
    const [updated] = await tx.update(skillTests).set(input).where(eq(skillTests.id, id)).returning();
    await recordEvent(tx, ctx, {
      action: "skill_test.updated",
      subject: { type: "skill_test", id },
      data: { title: input.title, questions: input.questions.length, passingScore: input.passingScore },
    });
    return testView(tx, ctx, updated ?? row);
  });
}
