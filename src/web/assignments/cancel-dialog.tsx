import { useState } from "react";
import { CancelAssignment } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { formatMoney } from "#shared/money";
import { AmountField, FormDialog, useFormDialog } from "./form-dialog";
import { useCancelAssignment } from "./queries";
import { ReasonField } from "./reason-dialog";

interface CancelDialogProps {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
}

/**
 * Cancelling needs a reason. When the server offers a late-cancellation fee (a worker assigned, under 24 hours to
 * the start), the client may choose to pay one, up to the price: optional, as the seed says, and recorded either way.
 */
export function CancelDialog({ view, isOpen, onClose }: CancelDialogProps) {
  const offer = view.cancellationOffer;
  const cancel = useCancelAssignment(view.id);
  const [reason, setReason] = useState("");
  const [paysFee, setPaysFee] = useState(false);
  const [fee, setFee] = useState<number | null>(offer?.suggestedFee.amount ?? null);
  const dialog = useFormDialog(CancelAssignment, (body) => cancel.mutateAsync(body), onClose);

  const confirm = () => {
    if (offer && paysFee && fee === null) {
      dialog.setErrors({ fee: "Give the fee, or choose not to pay one." });
      return;
    }
    dialog.confirm({ reason, fee: offer && paysFee ? fee : null });
  };

  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Cancel this assignment?"
      confirmLabel="Cancel assignment"
      tone="danger"
      onConfirm={confirm}
    >
      <p>
        {view.assignedWorker
          ? `${view.assignedWorker.name} is told at once, with your reason.`
          : "Invited workers are told it is no longer available."}
      </p>
      <ReasonField label="Reason" error={dialog.errors.reason} value={reason} onChange={setReason} />
      {offer ? (
        <fieldset className="checkbox-fieldset" data-testid="cancellation-fee">
          <legend className="field__label">
            Late-cancellation fee <span className="field__optional">(optional)</span>
          </legend>
          <p className="field__hint">
            The start is less than 24 hours away. You may compensate the worker; it is your choice and it is recorded
            either way. Suggested by your company settings: {formatMoney(offer.suggestedFee)}.
          </p>
          <label className="checkbox">
            <input type="radio" name="fee-choice" checked={!paysFee} onChange={() => setPaysFee(false)} />
            Do not pay a fee
          </label>
          <label className="checkbox">
            <input type="radio" name="fee-choice" checked={paysFee} onChange={() => setPaysFee(true)} />
            Pay the worker a cancellation fee
          </label>
          {paysFee ? (
            <AmountField
              label="Fee"
              hint={`Up to ${formatMoney(offer.maximumFee)}, the assignment's price.`}
              error={dialog.errors.fee}
              currency={offer.suggestedFee.currency}
              value={fee}
              onChange={setFee}
            />
          ) : null}
        </fieldset>
      ) : null}
    </FormDialog>
  );
}
