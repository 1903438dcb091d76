import { feeFor } from "#shared/fees";
import { formatMoney } from "#shared/money";
import { useMyCompany } from "../companies/queries";
import { Section } from "../ui/section";
import { type AssignmentFormApi, previewDraftOf } from "./assignment-form-values";
import { CompletenessReport } from "./completeness-report";
import { useAssignmentPreview } from "./queries";

interface LiveReportPanelProps {
  form: AssignmentFormApi;
  /** Deliverables already named on a saved draft (the deliverables are edited on the assignment page). */
  deliverableCount: number;
}

/** Beside the form: the maximum spend and the completeness report as the server scores the draft being typed. */
export function LiveReportPanel({ form, deliverableCount }: LiveReportPanelProps) {
  const { preview, error, isFetching } = useAssignmentPreview(previewDraftOf(form.watch(), deliverableCount));
  const spend = preview?.maximumSpend ?? null;
  // Shown before sending (issue 11 item 3): every invoice adds the company's plan's fee to the approved amount. The
  // rate is the server's (Company.plan, configured per plan), the one the invoice will charge; none shown until known.
  const feeBasisPoints = useMyCompany().data?.plan.feeBasisPoints;
  const fee =
    spend && feeBasisPoints !== undefined
      ? { amount: feeFor(spend.amount, feeBasisPoints), currency: spend.currency }
      : null;
  const unavailable = !preview && error ? <p className="muted">The report is not available right now.</p> : null;
  return (
    <div aria-busy={isFetching}>
      <Section title="Maximum spend" description="The most the worker can be paid for this assignment.">
        <output className="stat" aria-live="polite">
          <span className="stat__value">{spend ? formatMoney(spend) : "—"}</span>
          {preview && !spend ? <span className="stat__label">Complete the pricing to see it.</span> : null}
        </output>
        {spend && fee && feeBasisPoints !== undefined ? (
          <p className="muted" data-testid="platform-fee">
            Plus the platform fee of {feeBasisPoints / 100}% on what you approve: at most {formatMoney(fee)}, so{" "}
            {formatMoney({ amount: spend.amount + fee.amount, currency: spend.currency })} in all.
          </p>
        ) : null}
      </Section>
      <Section
        title="Completeness"
        description="Workers see this score and its findings. You can still send with gaps."
      >
        {preview ? (
          <CompletenessReport report={preview.completeness} label="Completeness of this assignment" />
        ) : (
          (unavailable ?? <p className="muted">Checking the draft…</p>)
        )}
      </Section>
    </div>
  );
}
