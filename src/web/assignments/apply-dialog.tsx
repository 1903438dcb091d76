import { useState } from "react";
import { ApplyForAssignment, type Pricing, type Schedule } from "#domains/assignments/contract";
import { type Currency, formatMoney } from "#shared/money";
import { Field } from "../ui/field";
import { TextArea } from "../ui/text-area";
import { ZonedDateTimeInput } from "../ui/zoned-date-time-input";
import { pricingSummary } from "./assignment-text";
import { AmountField, FormDialog, useFormDialog } from "./form-dialog";
import { useApplyForAssignment } from "./queries";

/** What the worker applies against: the posted terms, from the assignment page or an inbox row. */
export interface PostedTerms {
  id: string;
  pricing: Pricing;
  currency: Currency;
  schedule: Schedule | null;
  timeZone: string;
}

/** The amount a counter-offer changes: the flat amount, or the rate, keeping the caps of the posted terms. */
function withAmount(pricing: Pricing, amount: number): Pricing {
  return pricing.type === "flat" || pricing.type === "blended" ? { ...pricing, amount } : { ...pricing, rate: amount };
}
const amountOf = (pricing: Pricing) =>
  pricing.type === "flat" || pricing.type === "blended" ? pricing.amount : pricing.rate;

/** Keeps the posted duration when the worker proposes another start. */
function withStart(schedule: Schedule, startsAt: string): Schedule {
  const shift = Date.parse(startsAt) - Date.parse(schedule.startsAt);
  const endsAt = schedule.endsAt ? new Date(Date.parse(schedule.endsAt) + shift).toISOString() : null;
  return schedule.type === "window"
    ? { type: "window", startsAt, endsAt: endsAt ?? startsAt }
    : { type: "fixed", startsAt, endsAt };
}

/** Applying: a message and, optionally, a counter-offer on the price or the start. The client compares and picks. */
export function ApplyDialog({
  terms: view,
  isOpen,
  onClose,
}: {
  terms: PostedTerms;
  isOpen: boolean;
  onClose: () => void;
}) {
  const apply = useApplyForAssignment(view.id);
  const [message, setMessage] = useState("");
  const [amount, setAmount] = useState<number | null>(null);
  const [startsAt, setStartsAt] = useState<string | null>(null);
  const dialog = useFormDialog(ApplyForAssignment, (body) => apply.mutateAsync(body), onClose);
  const errors = dialog.errors;
  const isAmountLabel = view.pricing.type === "flat" || view.pricing.type === "blended" ? "Your price" : "Your rate";

  const confirm = () => {
    const pricing = amount === null ? null : withAmount(view.pricing, amount);
    const schedule = startsAt && view.schedule ? withStart(view.schedule, startsAt) : null;
    dialog.confirm({
      message: message.trim() === "" ? null : message,
      counterOffer: pricing || schedule ? { pricing, schedule } : null,
    });
  };

  return (
    <FormDialog
      dialog={dialog}
      isOpen={isOpen}
      title="Apply for this assignment"
      confirmLabel="Send application"
      onConfirm={confirm}
    >
      <p>Posted terms: {pricingSummary(view.pricing, view.currency)}.</p>
      <Field label="Message to the client" isOptional error={errors.message}>
        {(control) => (
          <TextArea
            {...control}
            rows={3}
            maxLength={2000}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
          />
        )}
      </Field>
      <AmountField
        label={`${isAmountLabel} (counter-offer)`}
        hint={`Leave empty to accept the posted ${isAmountLabel === "Your price" ? "price" : "rate"} of ${formatMoney({ amount: amountOf(view.pricing), currency: view.currency })}.`}
        isOptional
        error={errors.amount ?? errors.rate}
        currency={view.currency}
        value={amount}
        onChange={setAmount}
      />
      {view.schedule ? (
        <Field
          label="Another start (counter-offer)"
          hint="The duration stays as posted."
          isOptional
          error={errors.startsAt ?? errors.endsAt}
        >
          {(control) => (
            <ZonedDateTimeInput control={control} timeZone={view.timeZone} value={startsAt} onChange={setStartsAt} />
          )}
        </Field>
      ) : null}
    </FormDialog>
  );
}
