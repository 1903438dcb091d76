import { and, asc } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { PoolView } from "./contract";
import { findPool, poolsVisibleTo, poolView, poolViews } from "./scope";
import { talentPools } from "./tables";

/** The company's own pools; for a worker, public pools and those they were invited to or belong to. */
export async function listTalentPools(ctx: Ctx): Promise<{ items: PoolView[] }> {
  const rows = await ctx.db
    .select()
    .from(talentPools)
    .where(and(poolsVisibleTo(ctx.actor)))
    .orderBy(asc(talentPools.name), asc(talentPools.createdAt))
    .limit(200);
  return { items: await poolViews(ctx.db, ctx, rows) };
}

export async function getTalentPool(ctx: Ctx, id: string): Promise<PoolView> {
  return poolView(ctx.db, ctx, await findPool(ctx.db, ctx, id));
}
