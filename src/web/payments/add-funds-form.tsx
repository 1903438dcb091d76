import { Controller } from "react-hook-form";
import { AddFunds } from "#domains/payments/contract";
import { formatMoney } from "#shared/money";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { RadioCards } from "../ui/radio-cards";
import { useToast } from "../ui/toast";
import { useAddFunds } from "./queries";

const methods = [
  { value: "ach", label: "Bank transfer (ACH)", description: "Shows as pending until the bank settles it." },
  { value: "wire", label: "Wire", description: "Available at once." },
] as const;

/** "Add funds" for finance members and admins: an amount in major units, kept as minor units, and a method. */
export function AddFundsForm() {
  const notify = useToast();
  const addFunds = useAddFunds();
  const form = useContractForm(AddFunds, { amount: Number.NaN, currency: "USD", method: "ach" });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => addFunds.mutateAsync(values),
    (funding) => {
      const amount = formatMoney(funding);
      notify(
        funding.status === "failed"
          ? `The transfer of ${amount} failed: ${funding.failureReason ?? "refused"}.`
          : funding.status === "pending"
            ? `${amount} is on its way; it shows as pending until it settles.`
            : `${amount} was added to your available funds.`,
        funding.status === "failed" ? "error" : "success",
      );
      form.reset({
        amount: Number.NaN,
        currency: funding.currency,
        method: funding.method === "wire" ? "wire" : "ach",
      });
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Add funds">
      <FormProblem message={submit.problem} />
      <Controller
        control={form.control}
        name="amount"
        render={({ field }) => (
          <Field label="Amount" error={errors.amount?.message ?? errors.currency?.message}>
            {(control) => (
              <MoneyInput
                control={control}
                value={Number.isNaN(field.value) ? null : { amount: field.value, currency: form.watch("currency") }}
                onChange={(value) => {
                  field.onChange(value ? value.amount : Number.NaN);
                  if (value) {
                    form.setValue("currency", value.currency);
                  }
                }}
                onBlur={field.onBlur}
                defaultCurrency={form.watch("currency")}
              />
            )}
          </Field>
        )}
      />
      <RadioCards
        legend="Method"
        options={methods}
        registration={form.register("method")}
        error={errors.method?.message}
      />
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Add funds
      </Button>
    </form>
  );
}
