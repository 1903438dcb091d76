import { desc, eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { reportViews } from "../scope";
import { reports } from "../tables";
import type { ReportView } from "../views";

/** GET /reports: the caller's own reports, newest first (the latest 100), and where each stands. */
export async function listMyReports(ctx: Ctx): Promise<{ items: ReportView[] }> {
  const actor = userActor(ctx);
  const rows = await ctx.db
    .select()
    .from(reports)
    .where(eq(reports.reporterId, actor.userId))
    .orderBy(desc(reports.createdAt))
    .limit(100);
  return { items: await reportViews(ctx.db, rows) };
}
