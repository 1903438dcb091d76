import { useState } from "react";
import { limits } from "#domains/assignments/contract";
import { MakeRequest, type RequestKind } from "#domains/assignments/requests/contract";
import type { Currency } from "#shared/money";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { Select } from "../ui/select";
import { TextArea } from "../ui/text-area";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import { requestKindText } from "./assignment-text";
import { useMakeRequest } from "./requests-queries";
import { useDialogAction } from "./use-dialog-action";

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
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setErrors({});
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);

  const confirm = () => {
    const body =
      kind === "reschedule"
        ? { kind, reason, schedule: { type: "fixed", startsAt: startsAt ?? "", endsAt } }
        : { kind, reason, amount: amount ?? Number.NaN };
    const parsed = MakeRequest.safeParse(body);
    if (!parsed.success) {
      setErrors(
        Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path.at(-1) ?? ""), issue.message])),
      );
      return;
    }
    setErrors({});
    void action.run(() => make.mutateAsync(parsed.data));
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Make a request"
      confirmLabel="Send request"
      tone="primary"
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      <FormProblem message={action.problem} />
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
        <Field label="Amount" error={errors.amount}>
          {(control) => (
            <MoneyInput
              control={control}
              currencyOptions={[currency]}
              defaultCurrency={currency}
              value={amount === null ? null : { amount, currency }}
              onChange={(value) => setAmount(value ? value.amount : null)}
            />
          )}
        </Field>
      )}
      <Field label="Why (the other side reads it)" error={errors.reason}>
        {(control) => (
          <TextArea
            {...control}
            rows={3}
            maxLength={limits.reason}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
        )}
      </Field>
    </ConfirmDialog>
  );
}
