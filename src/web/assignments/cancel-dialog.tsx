import { useState } from "react";
import { CancelAssignment, limits } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { formatMoney } from "#shared/money";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { TextArea } from "../ui/text-area";
import { useCancelAssignment } from "./queries";
import { useDialogAction } from "./use-dialog-action";

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
  const [errors, setErrors] = useState<{ reason?: string; fee?: string }>({});
  const close = () => {
    setErrors({});
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);

  const confirm = () => {
    if (offer && paysFee && fee === null) {
      setErrors({ fee: "Give the fee, or choose not to pay one." });
      return;
    }
    const parsed = CancelAssignment.safeParse({ reason, fee: offer && paysFee ? fee : null });
    if (!parsed.success) {
      const byField = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
      setErrors({ reason: byField.reason, fee: byField.fee });
      return;
    }
    setErrors({});
    void action.run(() => cancel.mutateAsync(parsed.data));
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Cancel this assignment?"
      confirmLabel="Cancel assignment"
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      <FormProblem message={action.problem} />
      <p>
        {view.assignedWorker
          ? `${view.assignedWorker.name} is told at once, with your reason.`
          : "Invited workers are told it is no longer available."}
      </p>
      <Field label="Reason" error={errors.reason}>
        {(control) => (
          <TextArea
            {...control}
            rows={3}
            maxLength={limits.reason}
            value={reason}
            onChange={(e) => {
              setReason(e.target.value);
              setErrors((all) => ({ ...all, reason: undefined }));
            }}
          />
        )}
      </Field>
      {offer ? (
        <fieldset className="checkbox-fieldset cancel-fee" data-testid="cancellation-fee">
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
            <Field
              label="Fee"
              hint={`Up to ${formatMoney(offer.maximumFee)}, the assignment's price.`}
              error={errors.fee}
            >
              {(control) => (
                <MoneyInput
                  control={control}
                  currencyOptions={[offer.suggestedFee.currency]}
                  defaultCurrency={offer.suggestedFee.currency}
                  value={fee === null ? null : { amount: fee, currency: offer.suggestedFee.currency }}
                  onChange={(value) => setFee(value ? value.amount : null)}
                />
              )}
            </Field>
          ) : null}
        </fieldset>
      ) : null}
    </ConfirmDialog>
  );
}
