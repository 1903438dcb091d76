import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { SaveTest, TestView } from "../contract";
import { testView } from "../scope";
import { ensureOwnPool } from "../steps";
import { skillTests } from "../tables";

/** A company admin or manager writes a test; it stays a draft (invisible to workers) until published. */
export async function createSkillTest(ctx: Ctx, input: SaveTest): Promise<TestView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    await ensureOwnPool(tx, actor.companyId, input.poolId);
    const [row] = await tx
      .insert(skillTests)
      .values({
        ...input,
        companyId: actor.companyId,
        status: "draft",
        createdBy: actor.userId,
        createdAt: ctx.now,
      })
      .returning();
    if (!row) {
      throw new Error("test insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "skill_test.created",
      subject: { type: "skill_test", id: row.id },
      data: { title: row.title, questions: row.questions.length, passingScore: row.passingScore },
    });
    return testView(tx, ctx, row);
  });
}
