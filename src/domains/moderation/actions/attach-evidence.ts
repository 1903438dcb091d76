import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { storage, storeUpload, type Upload } from "#platform/storage";
import { Problem } from "#shared/problems";
import { reportViews, visibleReport } from "../scope";
import { reportEvidence, reports } from "../tables";
import type { ReportView } from "../views";

const MAX_FILES = 10;

/**
 * POST /reports/{id}/evidence: the reporter adds a file (screenshot, photo, PDF) to their open report, one per
 * request, under the platform's upload rules (type from the bytes, size limit), as messages take files. Checked
 * before a byte is stored and again under the report's lock; if the row cannot be written the bytes are deleted.
 */
export async function attachEvidence(ctx: Ctx, id: string, upload: Upload): Promise<ReportView> {
  const reporterOnly = async (lock: boolean) => {
    const row = await visibleReport(ctx.db, ctx.actor, id, lock);
    if (ctx.actor.kind !== "user" || row.reporterId !== ctx.actor.userId) {
      throw new Problem("forbidden", "Only the reporter adds evidence to a report.");
    }
    if (row.status !== "open") {
      throw new Problem("invalid_transition", "Evidence is added while the report is open.", {
        currentStatus: row.status,
        action: "add_evidence",
      });
    }
    return row;
  };
  await reporterOnly(false);
  const stored = await storeUpload(upload, { prefix: `reports/${id}` });
  try {
    return await ctx.transaction(async (tx) => {
      const row = await visibleReport(tx, ctx.actor, id, true);
      if (row.status !== "open") {
        throw new Problem("invalid_transition", "Evidence is added while the report is open.", {
          currentStatus: row.status,
          action: "add_evidence",
        });
      }
      const count = await tx.$count(reportEvidence, eq(reportEvidence.reportId, id));
      if (count >= MAX_FILES) {
        throw new Problem("conflict", `A report takes at most ${MAX_FILES} files.`);
      }
      const [file] = await tx
        .insert(reportEvidence)
        .values({
          reportId: id,
          storageKey: stored.key,
          fileName: stored.fileName,
          contentType: stored.contentType,
          size: stored.size,
          sha256: stored.sha256,
          createdAt: ctx.now,
        })
        .returning();
      if (!file) {
        throw new Error("evidence insert returned nothing");
      }
      await recordEvent(tx, ctx, {
        action: "report.evidence_added",
        subject: { type: "report", id },
        data: { fileId: file.id, fileName: file.fileName, size: file.size },
      });
      const [fresh] = await tx.select().from(reports).where(eq(reports.id, id));
      const [view] = await reportViews(tx, fresh ? [fresh] : []);
      if (!view) {
        throw new Error("report view missing");
      }
      return view;
    });
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}
