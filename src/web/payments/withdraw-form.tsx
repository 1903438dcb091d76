import { Controller } from "react-hook-form";
import { RequestPayout } from "#domains/payments/contract";
import type { Balance } from "#domains/payments/views";
import { type Currency, formatMoney } from "#shared/money";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { MoneyInput } from "../ui/money-input";
import { Select } from "../ui/select";
import { useToast } from "../ui/toast";
import { usePayoutAccounts, useRequestPayout } from "./queries";

/** Withdraw all or part of the available earnings in one currency. */
export function WithdrawForm({ balance }: { balance: Balance }) {
  const notify = useToast();
  const payout = useRequestPayout();
  const accounts = usePayoutAccounts();
  const verified = (accounts.data?.items ?? []).filter((a) => a.status === "verified");
  const withMoney = balance.balances.filter((b) => b.available > 0);
  const currencies = withMoney.map((b) => b.currency);
  const first: Currency = currencies[0] ?? "USD";
  const form = useContractForm(RequestPayout, { amount: Number.NaN, currency: first });
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => payout.mutateAsync({ ...values, payoutAccountId: values.payoutAccountId || verified[0]?.id }),
    (sent) => {
      notify(`${formatMoney(sent)} is on its way to your bank account.`);
      form.reset({ amount: Number.NaN, currency: sent.currency });
    },
  );
  if (withMoney.length === 0) {
    return <p>Nothing to withdraw yet: paid invoices add to your available earnings.</p>;
  }
  if (accounts.data && verified.length === 0) {
    return <p>Add a payout account and confirm its two deposits first: withdrawals go only to a verified account.</p>;
  }
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Withdraw earnings">
      <FormProblem message={submit.problem} />
      <Controller
        control={form.control}
        name="amount"
        render={({ field }) => (
          <Field label="Amount to withdraw" error={errors.amount?.message ?? errors.currency?.message}>
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
                currencyOptions={currencies}
                defaultCurrency={form.watch("currency")}
              />
            )}
          </Field>
        )}
      />
      {verified.length > 1 ? (
        <Field label="To the account" error={errors.payoutAccountId?.message}>
          {(control) => (
            <Select
              {...control}
              options={verified.map((a) => ({ value: a.id, label: `${a.holderName}, ${a.accountNumberMasked}` }))}
              {...form.register("payoutAccountId")}
            />
          )}
        </Field>
      ) : null}
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Withdraw
      </Button>
    </form>
  );
}
