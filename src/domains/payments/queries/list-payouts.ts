import { desc, eq, sql } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { ListQuery } from "../contract";
import { payoutView } from "../scope";
import { payoutAccounts, payouts } from "../tables";

/** The worker's own payouts, newest first. */
export async function listPayouts(ctx: Ctx, query: ListQuery) {
  const actor = userActor(ctx);
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select({ payout: payouts, last4: payoutAccounts.accountLast4 })
    .from(payouts)
    .leftJoin(payoutAccounts, eq(payoutAccounts.id, payouts.payoutAccountId))
    .where(
      after
        ? sql`${eq(payouts.workerId, actor.userId)} AND (${payouts.createdAt}, ${payouts.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
        : eq(payouts.workerId, actor.userId),
    )
    .orderBy(desc(payouts.createdAt), desc(payouts.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, ({ payout }) => [payout.createdAt.toISOString(), payout.id]);
  return { items: page.items.map(({ payout, last4 }) => payoutView(payout, last4)), nextCursor: page.nextCursor };
}
