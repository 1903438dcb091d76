import { and, desc } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { BlockList } from "./contract";
import { blockViews, live, ownedBy, sideOf } from "./scope";
import { blocks } from "./tables";

/** GET /blocks: the caller's side's live blocks, newest first (every company member may read the company's list). */
export async function listBlocks(ctx: Ctx): Promise<BlockList> {
  const side = sideOf(ctx);
  const rows = await ctx.db
    .select()
    .from(blocks)
    .where(and(ownedBy(side), live))
    .orderBy(desc(blocks.createdAt), desc(blocks.id))
    .limit(500);
  return { items: await blockViews(ctx.db, rows) };
}
