import { useState } from "react";
import type { FileView } from "#domains/assignments/deliverables/contract";
import { fileTypeLabel, formatFileSize } from "#shared/files";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { FormProblem } from "../ui/form-problem";
import { useToast } from "../ui/toast";
import { useRemoveAttachment } from "./attachments-queries";
import { useDialogAction } from "./use-dialog-action";

interface AttachmentsTableProps {
  assignmentId: string;
  items: FileView[];
  /** The caller may remove files now: the same rule as attaching (`canAttach`). */
  canRemove: boolean;
}

/** The attached files: each a download link with its type, size, who added it and when; removable by managers. */
export function AttachmentsTable({ assignmentId, items, canRemove }: AttachmentsTableProps) {
  const notify = useToast();
  const remove = useRemoveAttachment(assignmentId);
  const [removing, setRemoving] = useState<FileView | null>(null);
  const action = useDialogAction(() => {
    notify(`${removing?.fileName ?? "The file"} removed.`);
    setRemoving(null);
  });
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Attachments</caption>
          <thead>
            <tr>
              <th scope="col">File</th>
              <th scope="col">Size</th>
              <th scope="col">Added</th>
              {canRemove ? (
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {items.map((file) => (
              <tr key={file.id}>
                <td className="break">
                  <a href={file.url} download={file.fileName}>
                    {file.fileName}
                  </a>{" "}
                  <span className="muted small">{fileTypeLabel(file.contentType)}</span>
                </td>
                <td>{formatFileSize(file.size)}</td>
                <td>
                  {file.uploadedBy.name}
                  <span className="muted small">
                    {" "}
                    <DateTime value={file.uploadedAt} />
                  </span>
                </td>
                {canRemove ? (
                  <td className="table__actions">
                    <Button size="small" aria-label={`Remove ${file.fileName}`} onClick={() => setRemoving(file)}>
                      Remove
                    </Button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ConfirmDialog
        isOpen={removing !== null}
        title="Remove this attachment?"
        confirmLabel="Remove"
        isBusy={action.isBusy}
        onConfirm={() => removing && void action.run(() => remove.mutateAsync(removing.id))}
        onClose={() => {
          action.clear();
          setRemoving(null);
        }}
      >
        <FormProblem message={action.problem} />
        <p>
          {removing?.fileName} is deleted; the assigned worker can no longer download it. The timeline keeps a record
          that it was removed.
        </p>
      </ConfirmDialog>
    </>
  );
}
