import { desc, eq, sql } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import type { ListQuery } from "../contract";
import { fundingView } from "../scope";
import { fundings } from "../tables";

/** The company's fundings, newest first: pending ones show the time the provider settles them. */
export async function listFundings(ctx: Ctx, query: ListQuery) {
  const actor = companyActor(ctx);
  const after = decodeCursor(query.cursor);
  const rows = await ctx.db
    .select()
    .from(fundings)
    .where(
      after
        ? sql`${eq(fundings.companyId, actor.companyId)} AND (${fundings.createdAt}, ${fundings.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`
        : eq(fundings.companyId, actor.companyId),
    )
    .orderBy(desc(fundings.createdAt), desc(fundings.id))
    .limit(query.limit + 1);
  const page = toPage(rows, query.limit, (row) => [row.createdAt.toISOString(), row.id]);
  return { items: page.items.map(fundingView), nextCursor: page.nextCursor };
}
