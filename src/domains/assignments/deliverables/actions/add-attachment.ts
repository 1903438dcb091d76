import type { Ctx } from "#platform/context";
import type { Upload } from "#platform/storage";
import type { FileView } from "../contract";
import { deliverableRules } from "../rules";
import { recordDeliverableChange } from "../steps";
import { everyType, insertFile, storeThenRecord } from "../upload-steps";

/** The company attaches a file for the worker (drawings, a work order); only members and the assignee can read it. */
export function addAttachment(ctx: Ctx, id: string, upload: Upload): Promise<FileView> {
  return storeThenRecord(ctx, {
    assignmentId: id,
    upload,
    rule: deliverableRules.attach,
    action: "addAttachment",
    precheck: async () => everyType,
    async record(tx, locked, stored) {
      const view = await insertFile(tx, ctx, { assignmentId: id, requirementId: null, stored, caption: null });
      await recordDeliverableChange(tx, ctx, locked, "assignment.attachment_added", {
        fileId: view.id,
        fileName: view.fileName,
        contentType: view.contentType,
        size: view.size,
      });
      return view;
    },
  });
}
