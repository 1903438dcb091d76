import { useEffect, useState } from "react";
import { formatMoney } from "#shared/money";
import { Section } from "../ui/section";
import { type AssignmentFormApi, liveInputOf } from "./assignment-form-values";
import { CompletenessReport } from "./completeness-report";
import { liveCompleteness, liveMaximumSpend } from "./live-report";

/** The clock moves on while someone types (a window can pass); a minute is fine enough for these rules. */
function useMinuteClock(): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(new Date()), 60_000);
    return () => window.clearInterval(timer);
  }, []);
  return now;
}

interface LiveReportPanelProps {
  form: AssignmentFormApi;
  /** Deliverables already named on a saved draft (the deliverables are edited on the assignment page). */
  deliverableCount: number;
}

/** Beside the form: the maximum spend and the completeness report as the assignment is typed. */
export function LiveReportPanel({ form, deliverableCount }: LiveReportPanelProps) {
  const now = useMinuteClock();
  const values = form.watch();
  const { input, pricing } = liveInputOf(values, deliverableCount, now);
  const currency = values.currency ?? "USD";
  return (
    <div>
      <Section title="Maximum spend" description="The most this assignment can cost you.">
        <output className="stat" aria-live="polite">
          <span className="stat__value">
            {pricing ? formatMoney({ amount: liveMaximumSpend(pricing), currency }) : "—"}
          </span>
          {pricing ? null : <span className="stat__label">Complete the pricing to see it.</span>}
        </output>
      </Section>
      <Section
        title="Completeness"
        description="Workers see this score and its findings. You can still send with gaps."
      >
        <CompletenessReport report={liveCompleteness(input)} label="Completeness of this assignment" />
      </Section>
    </div>
  );
}
