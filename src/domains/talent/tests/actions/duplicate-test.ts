import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { TestView } from "../contract";
import { findTest, mayManage, testView } from "../scope";
import { skillTests } from "../tables";

const COPY = " (new version)";

/**
 * A company admin or manager copies a test (published or not) into a new draft with the same questions, answers and
 * settings, to change what a published test cannot. The copy starts with no invitations and no attempts; requirement
 * sets keep naming the original until the company points them at the copy, so nobody's passed score changes meaning.
 */
export async function duplicateSkillTest(ctx: Ctx, id: string): Promise<TestView> {
  return ctx.transaction(async (tx) => {
    const source = await findTest(tx, ctx, id);
    if (!mayManage(ctx.actor, source)) {
      throw new Problem("forbidden", "Only the test's company admins and managers duplicate it.");
    }
    const title = source.title.endsWith(COPY) ? source.title : `${source.title.slice(0, 120 - COPY.length)}${COPY}`;
    const [row] = await tx
      .insert(skillTests)
      .values({
        companyId: source.companyId,
        title,
        description: source.description,
        status: "draft",
        questions: source.questions,
        passingScore: source.passingScore,
        timeLimitMinutes: source.timeLimitMinutes,
        retakeAfterDays: source.retakeAfterDays,
        showAnswers: source.showAnswers,
        poolId: source.poolId,
        createdBy: ctx.actor.kind === "user" ? ctx.actor.userId : source.createdBy,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("test insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "skill_test.duplicated",
      subject: { type: "skill_test", id: row.id },
      data: { from: source.id, title: row.title },
    });
    return testView(tx, ctx, row);
  });
}
