import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { TestView } from "../contract";
import { findTest, mayManage, testView } from "../scope";
import { skillTests } from "../tables";

/** Publishing fixes the questions: every attempt from now on takes the same test. */
export async function publishSkillTest(ctx: Ctx, id: string): Promise<TestView> {
  return ctx.transaction(async (tx) => {
    const row = await findTest(tx, ctx, id, true);
    if (!mayManage(ctx.actor, row)) {
      throw new Problem("forbidden", "Only the test's company admins and managers publish it.");
    }
    if (row.status !== "draft") {
      throw new Problem("invalid_transition", "This test is already published.", {
        currentStatus: row.status,
        action: "publish",
      });
    }
    const [updated] = await tx
      .update(skillTests)
      .set({ status: "published", publishedAt: ctx.now })
      .where(eq(skillTests.id, id))
      .returning();
    await recordEvent(tx, ctx, { action: "skill_test.published", subject: { type: "skill_test", id } });
    return testView(tx, ctx, updated ?? row);
  });
}
