import { and, eq } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { imageTypes, storage, storeUpload, type Upload } from "#platform/storage";
import { Problem } from "#shared/problems";
import type { AgreementView } from "../contract";
import { agreementView, findAgreement, mayManage } from "../scope";
import { agreements, agreementVersions } from "../tables";

/**
 * A new version of the agreement's document (PDF or image, the platform's upload rules) becomes the current one:
 * signatures of earlier versions stop meeting the requirement, so workers sign again. The bytes are stored first
 * and deleted when the transaction fails; their SHA-256 is what a signature records.
 */
export async function uploadAgreementVersion(
  ctx: Ctx,
  id: string,
  label: string,
  upload: Upload,
): Promise<AgreementView> {
  const actor = companyActor(ctx);
  const manageable = async (tx: Ctx["db"], lock: boolean) => {
    const row = await findAgreement(tx, ctx, id, lock);
    if (!mayManage(actor, row)) {
      throw new Problem("forbidden", "Only the agreement's company admins and managers upload its document.");
    }
    return row;
  };
  await manageable(ctx.db, false);
  // A document to read and sign: a PDF or a scan (no office files or archives, which the browser cannot show).
  const stored = await storeUpload(upload, {
    prefix: `agreements/${actor.companyId}`,
    allowed: ["application/pdf", ...imageTypes],
  });
  try {
    return await ctx.transaction(async (tx) => {
      const row = await manageable(tx, true);
      const [taken] = await tx
        .select({ id: agreementVersions.id })
        .from(agreementVersions)
        .where(and(eq(agreementVersions.agreementId, id), eq(agreementVersions.label, label)));
      if (taken) {
        throw new Problem(
          "conflict",
          `Version "${label}" of this agreement exists; name the new one differently.`,
          {},
          [{ pointer: "/querystring/version", message: "Use a new version label." }],
        );
      }
      const [version] = await tx
        .insert(agreementVersions)
        .values({
          agreementId: id,
          label,
          documentKey: stored.key,
          documentName: stored.fileName,
          documentType: stored.contentType,
          documentSize: stored.size,
          sha256: stored.sha256,
          createdBy: actor.userId,
          createdAt: ctx.now,
        })
        .returning();
      if (!version) {
        throw new Error("version insert returned nothing");
      }
      const [updated] = await tx
        .update(agreements)
        .set({ currentVersionId: version.id })
        .where(eq(agreements.id, id))
        .returning();
      await recordEvent(tx, ctx, {
        action: "agreement.version_uploaded",
        subject: { type: "agreement", id },
        data: { versionId: version.id, label, fileName: stored.fileName, sha256: stored.sha256 },
      });
      return agreementView(tx, ctx, updated ?? row);
    });
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}
