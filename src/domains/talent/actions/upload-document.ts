import { eq } from "drizzle-orm";
import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { type AllowedType, allowedTypes, storage, storeUpload, type Upload } from "#platform/storage";
import { Problem } from "#shared/problems";
import type { CredentialView } from "../contract";
import { type CredentialRow, credentialViews, findCredential } from "../scope";
import { credentials } from "../tables";

const ownerOnly = (row: CredentialRow, workerId: string) => {
  if (row.workerId !== workerId) {
    throw new Problem("forbidden", "Only the worker who added a credential may upload its document.");
  }
};

/**
 * The worker sends the credential's document (a scan or photo: the assignments' upload rules, type read from the
 * bytes). The bytes are stored first, then the row is updated under its lock; a failed write deletes the new bytes,
 * a replaced document's old bytes go once the change committed.
 */
export async function uploadCredentialDocument(ctx: Ctx, id: string, upload: Upload): Promise<CredentialView> {
  const actor = userActor(ctx);
  ownerOnly(await findCredential(ctx.db, ctx, id), actor.userId);
  const stored = await storeUpload(upload, {
    prefix: `credentials/${actor.userId}`,
    allowed: Object.keys(allowedTypes) as AllowedType[],
  });
  let replaced: string | null = null;
  try {
    const view = await ctx.transaction(async (tx) => {
      const row = await findCredential(tx, ctx, id, { lock: true });
      ownerOnly(row, actor.userId);
      replaced = row.documentKey;
      const [updated] = await tx
        .update(credentials)
        .set({
          documentKey: stored.key,
          documentName: stored.fileName,
          documentType: stored.contentType,
          documentSize: stored.size,
        })
        .where(eq(credentials.id, id))
        .returning();
      await recordEvent(tx, ctx, {
        action: "credential.document_uploaded",
        subject: { type: "credential", id },
        data: { fileName: stored.fileName, contentType: stored.contentType, size: stored.size, sha256: stored.sha256 },
      });
      const [answer] = await credentialViews(tx, ctx, updated ? [updated] : []);
      if (!answer) {
        throw new Error("credential view missing");
      }
      return answer;
    });
    if (replaced) {
      await storage()
        .delete(replaced)
        .catch((error: unknown) => ctx.log.warn({ err: error }, "replaced credential document not deleted"));
    }
    return view;
  } catch (error) {
    await storage().delete(stored.key);
    throw error;
  }
}
