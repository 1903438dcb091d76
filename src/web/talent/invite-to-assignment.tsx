import { useState } from "react";
import { statusText } from "../assignments/assignment-text";
import { useAddRecipients, useAssignments, useSendAssignment } from "../assignments/queries";
import { useDialogAction } from "../assignments/use-dialog-action";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Select } from "../ui/select";
import { useToast } from "../ui/toast";

interface InviteToAssignmentProps {
  worker: { id: string; name: string } | null;
  onClose: () => void;
}

/**
 * A found worker invited to one of the company's drafts (sent to them alone, as the draft's routing says) or to an
 * assignment already sent (one more invitee under the same terms): the two sends the assignment page has.
 */
export function InviteToAssignmentDialog({ worker, onClose }: InviteToAssignmentProps) {
  const notify = useToast();
  const open = useAssignments({ status: "draft,sent" });
  const items = open.data?.items ?? [];
  const [chosenId, setChosenId] = useState("");
  const [error, setError] = useState<string | undefined>();
  const chosen = items.find((a) => a.id === chosenId) ?? null;
  const send = useSendAssignment(chosenId);
  const add = useAddRecipients(chosenId);
  const close = () => {
    action.clear();
    setChosenId("");
    setError(undefined);
    onClose();
  };
  const action = useDialogAction(close);
  const invite = () => {
    if (!worker || !chosen) {
      setError("Choose an assignment.");
      return;
    }
    setError(undefined);
    const workerIds = [worker.id];
    void action.run(async () => {
      await (chosen.status === "draft"
        ? send.mutateAsync({ workerIds, assignDirectly: false, invitationsExpireAt: null, pools: null })
        : add.mutateAsync({ workerIds }));
      notify(`${worker.name} is invited to "${chosen.title}".`);
    });
  };
  const options = items.map((a) => ({ value: a.id, label: `${a.title} (${statusText[a.status].label})` }));
  return (
    <ConfirmDialog
      isOpen={worker !== null}
      title={worker ? `Invite ${worker.name}` : "Invite"}
      confirmLabel="Invite"
      tone="primary"
      isBusy={action.isBusy}
      onConfirm={invite}
      onClose={close}
    >
      <FormProblem message={action.problem} />
      {open.isPending ? (
        <p>Looking up your assignments…</p>
      ) : options.length === 0 ? (
        <p>You have no draft or sent assignment to invite them to.</p>
      ) : (
        <Field
          label="Assignment"
          hint="A draft is sent to this worker; an assignment already sent gets them as one more invitee."
          error={error}
        >
          {(control) => (
            <Select
              {...control}
              options={options}
              placeholder="Choose an assignment…"
              value={chosenId}
              onChange={(e) => setChosenId(e.target.value)}
            />
          )}
        </Field>
      )}
    </ConfirmDialog>
  );
}
