import { and } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { MyListQuery } from "../contract";
import { keyOf, keyset, sanctionsVisibleTo, sanctionViews } from "../scope";
import { sanctions } from "../tables";
import type { SanctionList } from "../views";

/** GET /sanctions: the sanctions on the caller and on their company, newest first, a page at a time. */
export async function listMySanctions(ctx: Ctx, query: MyListQuery): Promise<SanctionList> {
  const page = keyset(sanctions.issuedAt, sanctions.id, "desc", query.cursor);
  const rows = await ctx.db
    .select()
    .from(sanctions)
    .where(and(sanctionsVisibleTo(ctx.actor), page.where))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items, nextCursor } = toPage(rows, query.limit, (row) => keyOf(row.issuedAt, row.id));
  return { items: await sanctionViews(ctx.db, ctx.actor, items), nextCursor };
}
