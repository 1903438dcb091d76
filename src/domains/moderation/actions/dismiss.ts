import { eq } from "drizzle-orm";
import { notify } from "#domains/notifications/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import type { DismissReport } from "../contract";
import { staffReportView, visibleReport } from "../scope";
import { reports } from "../tables";
import type { StaffReportView } from "../views";

/** POST /staff/reports/{id}/dismiss: Trust & Safety closes an open report without a sanction, with a reason. */
export async function dismissReport(ctx: Ctx, id: string, input: DismissReport): Promise<StaffReportView> {
  return ctx.transaction(async (tx) => {
    const row = await visibleReport(tx, ctx.actor, id, true);
    if (row.status !== "open" || ctx.actor.kind !== "user") {
      throw new Problem("invalid_transition", "Only an open report can be dismissed.", {
        currentStatus: row.status,
        action: "dismiss",
      });
    }
    await tx
      .update(reports)
      .set({ status: "dismissed", dismissReason: input.reason, decidedBy: ctx.actor.userId, decidedAt: ctx.now })
      .where(eq(reports.id, id));
    await recordEvent(tx, ctx, { action: "report.dismissed", subject: { type: "report", id }, data: {} });
    await notify(tx, ctx, {
      userIds: [row.reporterId],
      type: "moderation.notice",
      title: "Your report was reviewed",
      text: "Trust & Safety reviewed your report and found no violation to act on. Thank you for telling us.",
      link: "/reports",
    });
    return staffReportView(tx, ctx, id);
  });
}
