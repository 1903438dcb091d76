import { useState } from "react";
import { AddRecipients } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { FormProblem } from "../ui/form-problem";
import { useAddRecipients } from "./queries";
import { useDialogAction } from "./use-dialog-action";
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
  const [error, setError] = useState<string | undefined>();
  const close = () => {
    setWorkerIds([]);
    setError(undefined);
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);
  const confirm = () => {
    const parsed = AddRecipients.safeParse({ workerIds });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message);
      return;
    }
    void action.run(() => add.mutateAsync(parsed.data));
  };
  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Invite more workers"
      confirmLabel="Invite"
      tone="primary"
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      <FormProblem message={action.problem} />
      <WorkerPicker value={workerIds} onChange={setWorkerIds} error={error} />
    </ConfirmDialog>
  );
}
