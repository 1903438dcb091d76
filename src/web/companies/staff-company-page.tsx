import { Link, useParams } from "react-router";
import { SetCompanyPlan, type StaffCompanyDetail } from "#domains/companies/contract";
import { StaffCompanyMoney } from "../payments/staff-company-money";
import { useSession } from "../shell/use-session";
import { Button, ButtonLink } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Field } from "../ui/field";
import { useContractForm, useSubmit } from "../ui/form";
import { FormProblem } from "../ui/form-problem";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { useToast } from "../ui/toast";
import { useSetCompanyPlan, useStaffCompany } from "./queries";
import { feePercent, planLabel, termsLabel } from "./staff-company-labels";

/**
 * A staff admin moves the company to another plan. The select names each plan with the fee it charges now; the
 * answer's rate is what the confirmation says. Saving is a PUT (the same plan twice changes nothing), and the button
 * is busy and disabled while it runs, so a double click sends at most a repeat of the same request.
 */
function PlanForm({ company }: { company: StaffCompanyDetail }) {
  const notify = useToast();
  const setPlan = useSetCompanyPlan(company.id);
  const form = useContractForm(SetCompanyPlan, { plan: company.plan.name });
  const chosen = company.plans.find((plan) => plan.name === form.watch("plan"));
  const submit = useSubmit(
    form,
    (values) => setPlan.mutateAsync(values),
    (answer) =>
      notify(
        `${company.name} is on the ${planLabel(answer.plan.name)} plan: a ${feePercent(answer.plan.feeBasisPoints)} platform fee on every invoice opened from now on.`,
      ),
  );
  const options = company.plans.map((plan) => ({
    value: plan.name,
    label: `${planLabel(plan.name)} (${feePercent(plan.feeBasisPoints)} fee)`,
  }));
  const hint =
    chosen && chosen.name !== company.plan.name
      ? `Invoices opened from now on will charge ${feePercent(chosen.feeBasisPoints)} instead of ${feePercent(company.plan.feeBasisPoints)}; invoices already open keep their fee.`
      : "Invoices already open keep the fee they were opened with.";
  return (
    <form className="form" onSubmit={submit.onSubmit} noValidate aria-label="Change the plan">
      <FormProblem message={submit.problem} />
      <Field label="Plan" hint={hint} error={form.formState.errors.plan?.message}>
        {(control) => <Select {...control} options={options} {...form.register("plan")} />}
      </Field>
      <Button type="submit" variant="primary" isBusy={submit.isSubmitting}>
        Save plan
      </Button>
    </form>
  );
}

/**
 * /staff/companies/:id: one client company's plan, payment terms and money (the payments domain's Money section) for
 * staff; staff admins change the plan.
 */
export function StaffCompanyPage() {
  const { id = "" } = useParams();
  const me = useSession();
  const company = useStaffCompany(id);
  if (company.isPending) {
    return <Loading />;
  }
  if (company.isError) {
    return <ProblemAlert error={company.error} onRetry={() => void company.refetch()} />;
  }
  const view = company.data;
  return (
    <>
      <PageHeader
        eyebrow="Staff · Company"
        title={view.name}
        lead={
          <>
            Company id <code>{view.id}</code>
          </>
        }
        actions={
          <ButtonLink to="/staff/companies" size="small">
            All companies
          </ButtonLink>
        }
      />
      <Section title="Plan and payments">
        <dl className="facts">
          <div>
            <dt>Plan</dt>
            <dd data-testid="staff-company-plan">{planLabel(view.plan.name)}</dd>
          </div>
          <div>
            <dt>Platform fee</dt>
            <dd data-testid="staff-company-fee">{feePercent(view.plan.feeBasisPoints)} on each new invoice</dd>
          </div>
          <div>
            <dt>Payment terms</dt>
            <dd>{termsLabel(view.paymentTermsDays)}</dd>
          </div>
          <div>
            <dt>Secured funds</dt>
            <dd>
              {view.paymentSettings.securedFunds
                ? "On: each assignment's maximum spend is committed when a worker is assigned"
                : "Off"}
            </dd>
          </div>
          <div>
            <dt>Customer since</dt>
            <dd>
              <DateTime value={view.memberSince} isDateOnly />
            </dd>
          </div>
        </dl>
        <p>
          <Link to={`/companies/${view.id}`}>Public profile</Link>
        </p>
      </Section>
      <StaffCompanyMoney companyId={view.id} isAdmin={me.staffRole === "admin"} />
      <Section title="Change the plan" description="The plan sets the platform fee each new invoice adds.">
        {me.staffRole === "admin" ? (
          // Keyed by the plan shown, so the select starts from the saved plan after a save or a refresh.
          <PlanForm key={view.plan.name} company={view} />
        ) : (
          <p className="muted">Only staff admins change a company's plan.</p>
        )}
      </Section>
    </>
  );
}
