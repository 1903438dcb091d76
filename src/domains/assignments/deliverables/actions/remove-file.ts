import { and, eq, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { DeliverablesView } from "../contract";
import { deliverableRules } from "../rules";
import { lockFor, recordDeliverableChange } from "../steps";
import { assignmentFiles } from "../tables";
import { deleteStored } from "../upload-steps";
import { getDeliverablesView } from "../view-steps";

/** The assigned worker takes back a file they handed in by mistake, while the work is still live. */
export async function removeDeliverableFile(
  ctx: Ctx,
  params: { id: string; requirementId: string; fileId: string },
): Promise<DeliverablesView> {
  const { view, key } = await ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, params.id, deliverableRules.handIn, "removeDeliverableFile");
    const [file] = await tx
      .delete(assignmentFiles)
      .where(
        and(
          eq(assignmentFiles.id, params.fileId),
          eq(assignmentFiles.assignmentId, params.id),
          eq(assignmentFiles.requirementId, params.requirementId),
          // An earlier worker's file is the company's evidence: the next worker cannot take it away.
          isNull(assignmentFiles.releasedAt),
        ),
      )
      .returning();
    if (!file) {
      throw new Problem("not_found", "No file with this id is visible to you.", { subjectType: "file" });
    }
    await recordDeliverableChange(tx, ctx, locked, "assignment.deliverable_removed", {
      requirementId: params.requirementId,
      fileId: file.id,
      fileName: file.fileName,
    });
    return { view: await getDeliverablesView(tx, locked.row, "assignee"), key: file.storageKey };
  });
  await deleteStored(ctx, key);
  return view;
}
