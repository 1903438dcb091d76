import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { visibleReport } from "../scope";
import { reportEvidence } from "../tables";

/** GET /reports/{id}/evidence/{fileId}: a file of a report, for its reporter and Trust & Safety only. */
export async function downloadEvidence(ctx: Ctx, params: { id: string; fileId: string }) {
  const report = await visibleReport(ctx.db, ctx.actor, params.id);
  const [file] = await ctx.db
    .select()
    .from(reportEvidence)
    .where(and(eq(reportEvidence.id, params.fileId), eq(reportEvidence.reportId, report.id)));
  if (!file) {
    throw new Problem("not_found", "No file with this id on this report.", { subjectType: "file" });
  }
  return file;
}
