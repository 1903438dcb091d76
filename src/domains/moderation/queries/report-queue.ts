import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { ReportQueueQuery } from "../contract";
import { suggestedKind } from "../ladder";
import { partyNames, reportViews } from "../scope";
import { reports, sanctions } from "../tables";
import type { StaffReportList } from "../views";

/**
 * GET /staff/reports: Trust & Safety's queue, oldest open report first (the first 100), each with its party, the
 * number of their earlier sanctions and the step the ladder suggests next.
 */
export async function reportQueue(ctx: Ctx, query: ReportQueueQuery): Promise<StaffReportList> {
  const rows = await ctx.db
    .select()
    .from(reports)
    .where(eq(reports.status, query.status))
    .orderBy(query.status === "open" ? asc(reports.createdAt) : desc(reports.createdAt))
    .limit(100);
  const views = await reportViews(ctx.db, rows);
  const names = await partyNames(ctx.db, rows);
  const earlier = await ctx.db
    .select({
      partyId: sanctions.partyId,
      kind: sanctions.kind,
      status: sanctions.status,
      endsAt: sanctions.endsAt,
    })
    .from(sanctions)
    .where(
      inArray(sanctions.partyId, [...new Set(rows.map((r) => r.partyId)), "00000000-0000-0000-0000-000000000000"]),
    );
  return {
    items: views.map((view, i) => {
      const row = rows[i];
      if (!row) {
        throw new Error("report row missing");
      }
      const theirs = earlier.filter((s) => s.partyId === row.partyId);
      return {
        ...view,
        party: { type: row.partyType, id: row.partyId, name: names.get(row.partyId) ?? "" },
        earlierSanctions: theirs.length,
        suggestedKind: suggestedKind(theirs, ctx.now),
      };
    }),
  };
}
