import type { Ctx } from "#platform/context";
import type { Upload } from "#platform/storage";
import type { FileView } from "../contract";
import { handInFile } from "../upload-steps";

/** The assigned worker hands in a photo, document or signature image for one requirement. */
export function uploadDeliverableFile(
  ctx: Ctx,
  params: { id: string; requirementId: string },
  upload: Upload,
): Promise<FileView> {
  return handInFile(ctx, params, upload, { caption: null, action: "uploadDeliverableFile" });
}
