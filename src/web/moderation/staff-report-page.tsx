import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import type { StaffReportView } from "#domains/moderation/views";
import { ruleLabel, ruleLink } from "#shared/violation-rules";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { kindLabels, reportStatusLabels, sanctionStatusLabels, subjectLabels } from "./labels";
import { useDismissReport, useStaffReport } from "./queries";
import { SanctionForm } from "./sanction-form";

function DismissForm({ report }: { report: StaffReportView }) {
  const id = useId();
  const dismiss = useDismissReport(report.id);
  const [reason, setReason] = useState("");
  return (
    <form
      className="inline-list"
      aria-label="Dismiss the report"
      onSubmit={(event) => {
        event.preventDefault();
        dismiss.mutate({ reason });
      }}
    >
      <label htmlFor={`${id}-reason`}>Reason to dismiss</label>
      <TextInput id={`${id}-reason`} value={reason} onChange={(e) => setReason(e.target.value)} />
      <Button type="submit" isBusy={dismiss.isPending}>
        Dismiss
      </Button>
      {dismiss.isError ? <ProblemAlert error={dismiss.error} /> : null}
    </form>
  );
}

const subjectPage = (r: StaffReportView) =>
  r.subjectType === "assignment"
    ? `/assignments/${r.subjectId}`
    : r.party.type === "company"
      ? `/companies/${r.party.id}`
      : `/workers/${r.party.id}`;

/** /staff/reports/:id: one report with its evidence and the party's history, the sanction form and dismissal. */
export function StaffReportPage() {
  const report = useStaffReport(useParams().id ?? "");
  if (report.isPending) {
    return <Loading />;
  }
  if (report.isError) {
    return <ProblemAlert error={report.error} onRetry={() => void report.refetch()} />;
  }
  const r = report.data;
  return (
    <>
      <PageHeader
        eyebrow="Trust & Safety report"
        title={`${r.party.name}: ${ruleLabel(r.rule)}`}
        lead={
          <>
            About a <Link to={subjectPage(r)}>{subjectLabels[r.subjectType]}</Link>, from {r.reporter.name} (
            {r.reporter.email}), <DateTime value={r.createdAt} />.{" "}
            <StatusBadge status={r.status} label={reportStatusLabels[r.status]} />
          </>
        }
      />
      <Section title="What happened">
        <p>{r.details}</p>
        <p className="muted">
          <Link to={ruleLink(r.rule)}>Read {r.rule}</Link>
        </p>
        {r.evidence.length > 0 ? (
          <ul>
            {r.evidence.map((f) => (
              <li key={f.id}>
                <a href={`/api/v1/reports/${r.id}/evidence/${f.id}`}>{f.fileName}</a>
              </li>
            ))}
          </ul>
        ) : (
          <p className="muted">No files.</p>
        )}
        {r.dismissReason ? <p>Dismissed: {r.dismissReason}</p> : null}
        {r.sanctionId ? <Link to={`/sanctions/${r.sanctionId}`}>The sanction it led to</Link> : null}
      </Section>
      <Section title={`${r.party.name}'s earlier sanctions`}>
        {r.history.length === 0 ? <p className="muted">None.</p> : null}
        <ul>
          {r.history.map((s) => (
            <li key={s.id}>
              <Link to={`/sanctions/${s.id}`}>{kindLabels[s.kind]}</Link> under {s.rule},{" "}
              <DateTime value={s.issuedAt} isDateOnly /> ({sanctionStatusLabels[s.status]})
            </li>
          ))}
        </ul>
      </Section>
      {r.status === "open" ? (
        <Section title="Decide">
          <SanctionForm report={r} />
          <DismissForm report={r} />
        </Section>
      ) : null}
    </>
  );
}
