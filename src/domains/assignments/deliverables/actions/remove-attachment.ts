import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { deliverableRules } from "../rules";
import { lockFor, recordDeliverableChange } from "../steps";
import { assignmentFiles } from "../tables";
import { deleteStored } from "../upload-steps";

/** The company removes one of its attachments. */
export async function removeAttachment(ctx: Ctx, params: { id: string; fileId: string }): Promise<{ ok: true }> {
  const key = await ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, params.id, deliverableRules.attach, "removeAttachment");
    const [file] = await tx
      .delete(assignmentFiles)
      .where(
        and(
          eq(assignmentFiles.id, params.fileId),
          eq(assignmentFiles.assignmentId, params.id),
          eq(assignmentFiles.purpose, "attachment"),
        ),
      )
      .returning();
    if (!file) {
      throw new Problem("not_found", "No file with this id is visible to you.", { subjectType: "file" });
    }
    await recordDeliverableChange(tx, ctx, locked, "assignment.attachment_removed", {
      fileId: file.id,
      fileName: file.fileName,
    });
    return file.storageKey;
  });
  await deleteStored(ctx, key);
  return { ok: true };
}
