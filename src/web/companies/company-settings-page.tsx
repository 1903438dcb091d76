import { useState } from "react";
import { Controller } from "react-hook-form";
import { type Company, CompanySettings, settingsBounds } from "#domains/companies/contract";
import { type Currency, currencies } from "#shared/money";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { useMyCompany, useUpdateCompanySettings, useUpdatePaymentSettings } from "./queries";

const currencyOptions = (Object.keys(currencies) as Currency[]).map((code) => ({ value: code, label: code }));
const asNumber = (value: unknown) => (value === "" || value === null ? Number.NaN : Number(value));

type NumberSetting = "paymentTermsDays" | "autoApprovalHours" | "lateCancellationFeePercent";
const numberFields: { name: NumberSetting; label: string; hint: string }[] = [
  { name: "paymentTermsDays", label: "Payment terms (days)", hint: "Days after approval by which you pay." },
  {
    name: "autoApprovalHours",
    label: "Auto-approval (hours)",
    hint: "Submitted work is approved after this long unless you act or escalate.",
  },
  {
    name: "lateCancellationFeePercent",
    label: "Suggested late-cancellation fee (%)",
    hint: "Offered, never forced, when you cancel less than 24 hours before the start.",
  },
];

function SettingsForm({ company }: { company: Company }) {
  const notify = useToast();
  const update = useUpdateCompanySettings();
  const form = useContractForm(CompanySettings, company.settings);
  const { errors } = form.formState;
  const submit = useSubmit(
    form,
    (values) => update.mutateAsync(values),
    (saved) => {
      form.reset(saved.settings);
      notify("The settings are saved.");
    },
  );
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Company settings">
      <FormProblem message={submit.problem} />
      {numberFields.map(({ name, label, hint }) => (
        <Field
          key={name}
          label={label}
          hint={`${hint} ${settingsBounds[name].min}–${settingsBounds[name].max}.`}
          error={errors[name]?.message}
        >
          {(control) => (
            <TextInput
              {...control}
              inputMode="numeric"
              className="input--short"
              {...form.register(name, { setValueAs: asNumber })}
            />
          )}
        </Field>
      ))}
      <Controller
        control={form.control}
        name="confirmationHoursBeforeStart"
        render={({ field }) => (
          <Field
            label="Ask workers to confirm (hours before start)"
            isOptional
            hint="Leave empty to not ask."
            error={errors.confirmationHoursBeforeStart?.message}
          >
            {(control) => (
              <TextInput
                {...control}
                inputMode="numeric"
                className="input--short"
                ref={field.ref}
                value={field.value === null || field.value === undefined ? "" : String(field.value)}
                onChange={(event) => field.onChange(event.target.value === "" ? null : asNumber(event.target.value))}
                onBlur={field.onBlur}
              />
            )}
          </Field>
        )}
      />
      <Field label="Default currency" error={errors.defaultCurrency?.message}>
        {(control) => (
          <Select
            {...control}
            className="input--short"
            options={currencyOptions}
            {...form.register("defaultCurrency")}
          />
        )}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Save settings
      </Button>
    </form>
  );
}

/**
 * Secured funds (issue 11 item 2), for admins and finance members: one switch, saved on its own, because finance
 * may change how the company pays but not the rules of its assignments.
 */
function PaymentSettingsForm({ company }: { company: Company }) {
  const notify = useToast();
  const update = useUpdatePaymentSettings();
  const [securedFunds, setSecuredFunds] = useState(company.paymentSettings.securedFunds);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const saved = await update.mutateAsync({ securedFunds }).catch(() => null);
    if (saved) {
      notify(saved.paymentSettings.securedFunds ? "Secured funds is on." : "Secured funds is off.");
    }
  };
  return (
    <form className="form" onSubmit={submit} noValidate aria-label="Payment settings">
      {update.error ? <ProblemAlert error={update.error} /> : null}
      <label className="checkbox">
        <input type="checkbox" checked={securedFunds} onChange={(event) => setSecuredFunds(event.target.checked)} />{" "}
        Secure funds: when a worker is assigned, set the assignment's maximum spend aside from the available funds
        (workers see "Funds secured"). Assigning is refused while the available funds cannot cover it; cancelling gives
        the money back, and paying the invoice uses it first.
      </label>
      <Button type="submit" variant="primary" isBusy={update.isPending}>
        Save payment settings
      </Button>
    </form>
  );
}

/** /company/settings: the rules later issues read (payment terms, auto-approval, cancellation fee). */
export function CompanySettingsPage() {
  const company = useMyCompany();
  if (company.isPending) {
    return <Loading />;
  }
  if (company.isError) {
    return <ProblemAlert error={company.error} />;
  }
  const canEdit = company.data.actions.includes("update_settings");
  const canPay = company.data.actions.includes("update_payment_settings");
  return (
    <>
      <PageHeader eyebrow="Company" title="Company settings" lead="How your assignments are approved and paid." />
      <Section title="Assignments and payment">
        {canEdit ? <SettingsForm company={company.data} /> : <p>Only company admins can change the settings.</p>}
      </Section>
      <Section title="Secured funds">
        {canPay ? (
          <PaymentSettingsForm company={company.data} />
        ) : (
          <p>
            Secured funds is {company.data.paymentSettings.securedFunds ? "on" : "off"}. Admins and finance members can
            change it.
          </p>
        )}
      </Section>
    </>
  );
}
