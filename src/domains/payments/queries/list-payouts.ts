import { desc, eq, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { ListQuery } from "../contract";
import { payoutView } from "../scope";
import { payouts } from "../tables";

/** The worker's own payouts, newest first. */
export async function listPayouts(ctx: Ctx, query: ListQuery) {
  const actor = userActor(ctx);
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(payouts)
    .where(
      after
        ? sql`${eq(payouts.workerId, actor.userId)} AND (${payouts.createdAt}, ${payouts.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
        : eq(payouts.workerId, actor.userId),
    )
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return { items: page.items.map(payoutView), nextCursor: page.nextCursor };
}
