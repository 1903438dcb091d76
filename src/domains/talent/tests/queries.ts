import { and, desc, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { AttemptView, TestView } from "./contract";
import { attemptViews, findAttempt, findTest, testsVisibleTo, testViews } from "./scope";
import { skillTestAttempts, skillTests } from "./tables";

/** The company's own tests, or the tests a worker may take or has taken. */
export async function listSkillTests(ctx: Ctx): Promise<{ items: TestView[] }> {
  const rows = await ctx.db
    .select()
    .from(skillTests)
    .where(testsVisibleTo(ctx.actor))
    .orderBy(desc(skillTests.createdAt));
  return { items: await testViews(ctx.db, ctx, rows) };
}

export async function getSkillTest(ctx: Ctx, id: string): Promise<TestView> {
  const [view] = await testViews(ctx.db, ctx, [await findTest(ctx.db, ctx, id)]);
  if (!view) {
    throw new Error("test view missing");
  }
  return view;
}

/** Every attempt at the test for its company; the worker's own for a worker. */
export async function listSkillTestAttempts(ctx: Ctx, testId: string): Promise<{ items: AttemptView[] }> {
  const test = await findTest(ctx.db, ctx, testId);
  const actor = ctx.actor;
  const own =
    actor.kind === "user" && actor.accountType === "worker" ? eq(skillTestAttempts.workerId, actor.userId) : undefined;
  const rows = await ctx.db
    .select()
    .from(skillTestAttempts)
    .where(and(eq(skillTestAttempts.testId, testId), own))
    .orderBy(desc(skillTestAttempts.startedAt));
  return {
    items: await attemptViews(
      ctx.db,
      ctx,
      rows.map((attempt) => ({ attempt, test })),
    ),
  };
}

export async function getSkillTestAttempt(ctx: Ctx, id: string): Promise<AttemptView> {
  const [view] = await attemptViews(ctx.db, ctx, [await findAttempt(ctx.db, ctx, id)]);
  if (!view) {
    throw new Error("attempt view missing");
  }
  return view;
}
