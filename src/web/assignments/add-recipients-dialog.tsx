import { useState } from "react";
import { AddRecipients } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { FormDialog, useFormDialog } from "./form-dialog";
import { useAddRecipients } from "./queries";
import { WorkerPicker } from "./worker-picker";

/** Invite more workers to an assignment already sent, under the same terms and expiry. */
export function AddRecipientsDialog({
  view,
  isOpen,
  onClose,
}: {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
}) {
  const add = useAddRecipients(view.id);
  const [workerIds, setWorkerIds] = useState<string[]>([]);
  const dialog = useFormDialog(
    AddRecipients,
    (body) => add.mutateAsync(body),
    () => {
      setWorkerIds([]);
      onClose();
    },
  );
  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Invite more workers"
      confirmLabel="Invite"
      onConfirm={() => dialog.confirm({ workerIds })}
    >
      <WorkerPicker value={workerIds} onChange={setWorkerIds} error={dialog.errors.workerIds} />
    </FormDialog>
  );
}
