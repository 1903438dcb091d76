import { and, eq, inArray } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { toPage } from "#platform/pagination";
import type { ReportQueueQuery } from "../contract";
import { suggestedKind } from "../ladder";
import { keyOf, keyset, partyNames, reportViews } from "../scope";
import { reports, sanctions } from "../tables";
import type { StaffReportList } from "../views";

/**
 * GET /staff/reports: Trust & Safety's queue, oldest open report first (decided ones newest first), a page at a time,
 * each with its party, the number of their earlier sanctions and the step the ladder suggests next.
 */
export async function reportQueue(ctx: Ctx, query: ReportQueueQuery): Promise<StaffReportList> {
  const page = keyset(reports.createdAt, reports.id, query.status === "open" ? "asc" : "desc", query.cursor);
  const found = await ctx.db
    .select()
    .from(reports)
    .where(and(eq(reports.status, query.status), page.where))
    .orderBy(...page.orderBy)
    .limit(query.limit + 1);
  const { items: rows, nextCursor } = toPage(found, query.limit, (row) => keyOf(row.createdAt, row.id));
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
    nextCursor,
  };
}
