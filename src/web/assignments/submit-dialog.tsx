import { useState } from "react";
import { SubmitAssignment } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { formatMoney } from "#shared/money";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { pricingSummary } from "./assignment-text";
import { useSubmitAssignment } from "./queries";
import { useDialogAction } from "./use-dialog-action";

const asNumber = (text: string) => (text.trim() === "" ? null : Number(text));

/** The worker hands the work in: hours or units worked, expenses, notes. The server checks the maximum spend. */
export function SubmitDialog({
  view,
  isOpen,
  onClose,
}: {
  view: AssignmentView;
  isOpen: boolean;
  onClose: () => void;
}) {
  const submit = useSubmitAssignment(view.id);
  const type = view.pricing.type;
  const asksHours = type === "hourly" || type === "blended";
  const loggedMinutes = view.timeLogs.reduce((sum, log) => sum + (log.minutes ?? 0), 0);
  const [hours, setHours] = useState(asksHours && loggedMinutes > 0 ? String(Math.round(loggedMinutes / 15) / 4) : "");
  const [units, setUnits] = useState("");
  const [expenses, setExpenses] = useState(0);
  const [notes, setNotes] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const close = () => {
    setErrors({});
    action.clear();
    onClose();
  };
  const action = useDialogAction(close);

  const confirm = () => {
    const parsed = SubmitAssignment.safeParse({
      hours: asksHours ? asNumber(hours) : null,
      units: type === "per_unit" ? asNumber(units) : null,
      expenses,
      notes,
    });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message])));
      return;
    }
    setErrors({});
    void action.run(() => submit.mutateAsync(parsed.data));
  };

  return (
    <ConfirmDialog
      isOpen={isOpen}
      title="Submit your work"
      confirmLabel="Submit for approval"
      tone="primary"
      isBusy={action.isBusy}
      onConfirm={confirm}
      onClose={close}
    >
      <FormProblem message={action.problem} />
      <p>
        Terms: {pricingSummary(view.pricing, view.currency)}. Your claim, expenses included, stays within the maximum
        spend of {formatMoney(view.maximumSpend)}.
      </p>
      {asksHours ? (
        <Field label="Hours worked" hint="Quarter hours as decimals, e.g. 2.25." error={errors.hours}>
          {(control) => (
            <TextInput
              {...control}
              inputMode="decimal"
              className="input--short"
              value={hours}
              onChange={(e) => setHours(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      {type === "per_unit" ? (
        <Field
          label={`Units done (${view.pricing.type === "per_unit" ? view.pricing.unitName : ""})`}
          error={errors.units}
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="decimal"
              className="input--short"
              value={units}
              onChange={(e) => setUnits(e.target.value)}
            />
          )}
        </Field>
      ) : null}
      <Field label="Expenses" hint="Out-of-pocket costs to be reimbursed." isOptional error={errors.expenses}>
        {(control) => (
          <MoneyInput
            control={control}
            currencyOptions={[view.currency]}
            defaultCurrency={view.currency}
            value={{ amount: expenses, currency: view.currency }}
            onChange={(value) => setExpenses(value ? value.amount : 0)}
          />
        )}
      </Field>
      <Field label="Notes for the client" isOptional error={errors.notes}>
        {(control) => <TextArea {...control} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </ConfirmDialog>
  );
}
