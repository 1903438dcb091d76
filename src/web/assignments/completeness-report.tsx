import type { Completeness, Finding } from "#domains/assignments/views";
import { StatusBadge } from "../ui/status-badge";

const severityText: Record<Finding["severity"], { label: string; tone: "danger" | "warning" | "info" }> = {
  blocker: { label: "Missing", tone: "danger" },
  warning: { label: "Weak", tone: "warning" },
  tip: { label: "Tip", tone: "info" },
};

interface CompletenessReportProps {
  report: Completeness;
  /** Names the score for screen readers, e.g. "Completeness of this assignment". */
  label?: string;
  /** Shown when there is no finding. */
  emptyText?: string;
}

/** The score out of 100 and what lowered it, worst first: advisory, it never blocks sending. */
export function CompletenessReport({
  report,
  label = "Completeness",
  emptyText = "Nothing is missing: workers get the whole picture.",
}: CompletenessReportProps) {
  return (
    <div className="completeness">
      <div className="progress-row">
        <progress
          className="progress"
          max={100}
          value={report.score}
          aria-label={label}
          aria-valuetext={`${report.score} out of 100`}
        />
        <span className="progress-row__value">{report.score} / 100</span>
      </div>
      {report.findings.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ul className="link-list" aria-label="What lowers the score">
          {report.findings.map((finding) => (
            <li key={finding.code}>
              <StatusBadge
                status={finding.severity}
                label={severityText[finding.severity].label}
                tone={severityText[finding.severity].tone}
              />{" "}
              {finding.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
