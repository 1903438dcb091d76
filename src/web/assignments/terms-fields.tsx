import { routingModes } from "#domains/assignments/contract";
import { Field } from "../ui/field";
import { RadioCards } from "../ui/radio-cards";
import { TextInput } from "../ui/text-input";
import type { AssignmentFormApi } from "./assignment-form-values";
import { routingText } from "./assignment-text";

const asNumber = (value: unknown) => (value === "" || value === null ? Number.NaN : Number(value));
const routingOptions = routingModes.map((mode) => ({ value: mode, ...routingText[mode] }));

/** Payment terms, confirmation before the start, and how workers get the assignment. */
export function TermsFields({ form }: { form: AssignmentFormApi }) {
  const { errors } = form.formState;
  return (
    <>
      <div className="grid grid--two">
        <Field
          label="Payment terms (days after approval)"
          hint="Your company default; 0, 7, 15, 30… up to 120."
          error={errors.paymentTermsDays?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              className="input--short"
              {...form.register("paymentTermsDays", { setValueAs: asNumber })}
            />
          )}
        </Field>
        <Field
          label="Ask the worker to confirm (hours before start)"
          hint="0 = do not ask. Unconfirmed assignments get a “not confirmed” label."
          error={errors.confirmationHours?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              className="input--short"
              {...form.register("confirmationHours", { setValueAs: asNumber })}
            />
          )}
        </Field>
      </div>
      <RadioCards
        legend="How workers get it"
        options={routingOptions}
        registration={form.register("routingMode")}
        error={errors.routingMode?.message}
      />
    </>
  );
}
