import { useState } from "react";
import { SubmitAssignment } from "#domains/assignments/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { formatMoney } from "#shared/money";
import { Field } from "../ui/field";
import { TextArea } from "../ui/text-area";
import { TextInput } from "../ui/text-input";
import { pricingSummary } from "./assignment-text";
import { AmountField, FormDialog, useFormDialog } from "./form-dialog";
import { useSubmitAssignment } from "./queries";

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
  const pricing = view.pricing;
  const asksHours = pricing.type === "hourly" || pricing.type === "blended";
  const loggedMinutes = view.timeLogs.reduce((sum, log) => sum + (log.minutes ?? 0), 0);
  const [hours, setHours] = useState(asksHours && loggedMinutes > 0 ? String(Math.round(loggedMinutes / 15) / 4) : "");
  const [units, setUnits] = useState("");
  const [expenses, setExpenses] = useState<number | null>(0);
  const [notes, setNotes] = useState("");
  const dialog = useFormDialog(SubmitAssignment, (body) => submit.mutateAsync(body), onClose);
  const body = {
    hours: asksHours ? asNumber(hours) : null,
    units: pricing.type === "per_unit" ? asNumber(units) : null,
    expenses: expenses ?? 0,
    notes,
  };

  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Submit your work"
      confirmLabel="Submit for approval"
      onConfirm={() => dialog.confirm(body)}
    >
      <p>
        Terms: {pricingSummary(pricing, view.currency)}. Your claim, expenses included, stays within the maximum spend
        of {formatMoney(view.maximumSpend)}.
      </p>
      {asksHours ? (
        <Field label="Hours worked" hint="Quarter hours as decimals, e.g. 2.25." error={dialog.errors.hours}>
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
      {pricing.type === "per_unit" ? (
        <Field label={`Units done (${pricing.unitName})`} error={dialog.errors.units}>
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
      <AmountField
        label="Expenses"
        hint="Out-of-pocket costs to be reimbursed."
        isOptional
        error={dialog.errors.expenses}
        currency={view.currency}
        value={expenses}
        onChange={setExpenses}
      />
      <Field label="Notes for the client" isOptional error={dialog.errors.notes}>
        {(control) => <TextArea {...control} rows={3} value={notes} onChange={(e) => setNotes(e.target.value)} />}
      </Field>
    </FormDialog>
  );
}
