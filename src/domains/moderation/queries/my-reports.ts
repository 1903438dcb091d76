import { and, eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { MyListQuery } from "../contract";
import { keyOf, keyset, reportViews } from "../scope";
import { reports } from "../tables";
import type { ReportList } from "../views";

/** GET /reports: the caller's own reports, newest first, a page at a time, and where each stands. */
export async function listMyReports(ctx: Ctx, query: MyListQuery): Promise<ReportList> {
  const actor = userActor(ctx);
  const page = keyset(reports.createdAt, reports.id, "desc", query.cursor);
  const rows = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.reporterId, actor.userId), page.where))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items, nextCursor } = toPage(rows, query.limit, (row) => keyOf(row.createdAt, row.id));
  return { items: await reportViews(ctx.db, items), nextCursor };
}
