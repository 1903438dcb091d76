import { useMutation, useQuery } from "@tanstack/react-query";
import { Controller } from "react-hook-form";
import { Link } from "react-router";
import { RecordBankTransfer } from "#domains/payments/contract";
import { formatMoney } from "#shared/money";
import { api, ok } from "../api";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { MoneyInput } from "../ui/money-input";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";

function RecordTransferForm() {
  const notify = useToast();
  const record = useMutation({
    mutationFn: (input: RecordBankTransfer) => ok(api.POST("/api/v1/staff/payments/bank-transfers", { body: input })),
  });
  const blank = { companyId: "", amount: Number.NaN, currency: "USD" as const, reference: "" };
  const form = useContractForm(RecordBankTransfer, blank);
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => record.mutateAsync(values),
    (funding) => {
      notify(`Recorded ${formatMoney(funding)}; it is available to the company now.`);
      form.reset(blank);
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Record a bank transfer">
      <FormProblem message={submit.problem} />
      <Field
        label="Company id"
        hint={
          <>
            Shown on the company's page under <Link to="/staff/companies">Companies</Link>.
          </>
        }
        error={errors.companyId?.message}
      >
        {(control) => <TextInput {...control} {...form.register("companyId")} />}
      </Field>
      <Controller
        control={form.control}
        name="amount"
        render={({ field }) => (
          <Field label="Amount received" error={errors.amount?.message ?? errors.currency?.message}>
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
      <Field label="Bank reference" error={errors.reference?.message}>
        {(control) => <TextInput {...control} {...form.register("reference")} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Record transfer
      </Button>
    </form>
  );
}

function LedgerCheckResult() {
  const check = useQuery({
    queryKey: ["payments", "ledger-check"],
    queryFn: () => ok(api.GET("/api/v1/staff/ledger/check")),
  });
  if (check.isPending) {
    return <Loading />;
  }
  if (check.isError) {
    return <ProblemAlert error={check.error} />;
  }
  const { accounts, transfers, differences, unbalanced, belowFloor } = check.data;
  return (
    <>
      <p role="status">
        {check.data.ok ? "The ledger is consistent" : "The ledger has problems"}: {accounts} accounts, {transfers}{" "}
        transfers; {differences.length} balance differences, {unbalanced.length} unbalanced, {belowFloor.length} below
        their floor.
      </p>
      <Button onClick={() => void check.refetch()} isBusy={check.isFetching}>
        Check again
      </Button>
    </>
  );
}

/** /staff/payments: staff admins record real bank transfers and check the ledger (issue 11, item 9). */
export function StaffPaymentsPage() {
  return (
    <>
      <PageHeader eyebrow="Staff" title="Payments" lead="Record money received by bank transfer; check the ledger." />
      <Section title="Record a bank transfer received">
        <RecordTransferForm />
      </Section>
      <Section title="Ledger check" description="Every balance recomputed from its postings.">
        <LedgerCheckResult />
      </Section>
    </>
  );
}
