import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { SanctionQueueQuery } from "../contract";
import { keyOf, keyset, sanctionViews } from "../scope";
import { sanctions } from "../tables";
import type { SanctionList } from "../views";

/**
 * GET /staff/sanctions: every sanction, newest issued first; `appeal=pending` the appeals waiting, oldest appeal
 * first. A page at a time; an appealed sanction always has `appealedAt`.
 */
export async function sanctionQueue(ctx: Ctx, query: SanctionQueueQuery): Promise<SanctionList> {
  const pending = query.appeal === "pending";
  const at = pending ? sanctions.appealedAt : sanctions.issuedAt;
  const page = keyset(at, sanctions.id, pending ? "asc" : "desc", query.cursor);
  const rows = await ctx.db
    .select()
    .from(sanctions)
    .where(and(pending ? eq(sanctions.status, "appealed") : undefined, page.where))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items, nextCursor } = toPage(rows, query.limit, (row) =>
    keyOf(pending ? row.appealedAt : row.issuedAt, row.id),
  );
  return { items: await sanctionViews(ctx.db, ctx.actor, items), nextCursor };
}
