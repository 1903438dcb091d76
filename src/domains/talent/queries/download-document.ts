import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { findCredential } from "../scope";

/** The credential's document, for its worker, client companies and staff. */
export async function downloadCredentialDocument(ctx: Ctx, id: string) {
  const row = await findCredential(ctx.db, ctx, id);
  if (!row.documentKey || !row.documentName || !row.documentType) {
    throw new Problem("not_found", "This credential has no document yet.", { subjectType: "credential_document" });
  }
  return {
    storageKey: row.documentKey,
    fileName: row.documentName,
    contentType: row.documentType,
    size: row.documentSize ?? 0,
  };
}
