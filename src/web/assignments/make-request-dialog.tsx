import { useState } from "react";
import { MakeRequest, type RequestKind } from "#domains/assignments/requests/contract";
import type { Currency } from "#shared/money";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import { requestKindText } from "./assignment-text";
import { AmountField, FormDialog, useFormDialog } from "./form-dialog";
import { ReasonField } from "./reason-dialog";
import { useMakeRequest } from "./requests-queries";

interface MakeRequestDialogProps {
  assignmentId: string;
  /** The kinds the server says the caller may ask for now. */
  kinds: RequestKind[];
  currency: Currency;
  timeZone: string;
  isOpen: boolean;
  onClose: () => void;
}

/** Ask the other side: more budget, another schedule, expenses (worker) or a bonus (client). */
export function MakeRequestDialog({
  assignmentId,
  kinds,
  currency,
  timeZone,
  isOpen,
  onClose,
}: MakeRequestDialogProps) {
  const make = useMakeRequest(assignmentId);
  const [kind, setKind] = useState<RequestKind>(kinds[0] ?? "budget_increase");
  const [amount, setAmount] = useState<number | null>(null);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const [endsAt, setEndsAt] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const dialog = useFormDialog(MakeRequest, (body) => make.mutateAsync(body), onClose);
  const errors = dialog.errors;

  const confirm = () =>
    dialog.confirm(
      kind === "reschedule"
        ? { kind, reason, schedule: { type: "fixed", startsAt: startsAt ?? "", endsAt } }
        : { kind, reason, amount: amount ?? Number.NaN },
    );

  return (
    <FormDialog dialog={dialog} isOpen={isOpen} title="Make a request" confirmLabel="Send request" onConfirm={confirm}>
      <Field label="What for">
        {(control) => (
          <Select
            {...control}
            options={kinds.map((value) => ({ value, label: requestKindText[value] }))}
            value={kind}
            onChange={(e) => setKind(e.target.value as RequestKind)}
          />
        )}
      </Field>
      {kind === "reschedule" ? (
        <>
          <Field label="New start" error={errors.startsAt}>
            {(control) => (
              <ZonedDateTimeInput control={control} timeZone={timeZone} value={startsAt} onChange={setStartsAt} />
            )}
          </Field>
          <Field label="New end" isOptional error={errors.endsAt}>
            {(control) => (
              <ZonedDateTimeInput control={control} timeZone={timeZone} value={endsAt} onChange={setEndsAt} />
            )}
          </Field>
        </>
      ) : (
        <AmountField label="Amount" error={errors.amount} currency={currency} value={amount} onChange={setAmount} />
      )}
      <ReasonField label="Why (the other side reads it)" error={errors.reason} value={reason} onChange={setReason} />
    </FormDialog>
  );
}
