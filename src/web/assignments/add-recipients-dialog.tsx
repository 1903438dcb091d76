import { useState } from "react";
import { AddRecipients } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { DateTime } from "../ui/date-time";
import { Field } from "../ui/field";
import { useToast } from "../ui/toast";
import { useViewerZone } from "../ui/viewer-zone";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import { FormDialog, useFormDialog } from "./form-dialog";
import { useAddRecipients } from "./queries";
import { WorkerPicker } from "./worker-picker";

/** Who already holds an open invitation, and until when: so the client sees whom they are adding to. */
function CurrentRound({ view }: { view: AssignmentView }) {
  const open = view.recipients.filter((r) => r.status === "invited").map((r) => r.worker.name);
  return (
    <p>
      {open.length > 0 ? `Already invited: ${open.join(", ")}. ` : "No invitation is open right now. "}
      {view.invitationsExpireAt ? (
        <>
          Invitations expire <DateTime value={view.invitationsExpireAt} />.
        </>
      ) : (
        "Invitations do not expire."
      )}
    </p>
  );
}

/** Invite more workers to an assignment already sent, under the same terms; the expiry may be moved at once. */
export function AddRecipientsDialog({
  view,
  isOpen,
  onClose,
  workerIds: named = [],
}: {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
  /** The workers named when it opens (chosen from the Matches section). */
  workerIds?: string[];
}) {
  const viewerZone = useViewerZone();
  const notify = useToast();
  const add = useAddRecipients(view.id);
  const [workerIds, setWorkerIds] = useState<string[]>(named);
  const [expiresAt, setExpiresAt] = useState<string | null>(null);
  const dialog = useFormDialog(
    AddRecipients,
    async (body) => {
      // The server leaves an open or accepted invitation as it is, so those are not counted as new.
      const holding = view.recipients.filter((r) => r.status === "invited" || r.status === "accepted");
      const count = body.workerIds.filter((id) => !holding.some((r) => r.worker.id === id)).length;
      await add.mutateAsync(body);
      notify(
        count === 0 ? "They were already invited." : `${count} more ${count === 1 ? "worker" : "workers"} invited.`,
      );
    },
    () => {
      setWorkerIds([]);
      setExpiresAt(null);
      onClose();
    },
  );
  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Invite more workers"
      confirmLabel="Invite"
      // An empty expiry field keeps the current expiry (the server drops one that has already lapsed).
      onConfirm={() => dialog.confirm({ workerIds, ...(expiresAt ? { invitationsExpireAt: expiresAt } : {}) })}
    >
      <CurrentRound view={view} />
      <WorkerPicker value={workerIds} onChange={setWorkerIds} error={dialog.errors.workerIds} />
      <Field
        label="New expiry for every invitation"
        hint="Leave empty to keep the current one."
        isOptional
        error={dialog.errors.invitationsExpireAt}
      >
        {(control) => (
          <ZonedDateTimeInput control={control} timeZone={viewerZone} value={expiresAt} onChange={setExpiresAt} />
        )}
      </Field>
    </FormDialog>
  );
}
