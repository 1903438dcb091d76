import { useState } from "react";
import { Link } from "react-router";
import { type ReportStatus, reportStatuses } from "#domains/moderation/contract";
import { ruleLabel } from "#shared/violation-rules";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { itemsOf, ShowMore } from "../ui/show-more";
import { StatusBadge } from "../ui/status-badge";
import { kindLabels, reportStatusLabels, subjectLabels } from "./labels";
import { usePendingAppeals, useReportQueue } from "./queries";

function PendingAppeals() {
  const appeals = usePendingAppeals();
  if (appeals.isPending) {
    return <Loading />;
  }
  if (appeals.isError) {
    return <ProblemAlert error={appeals.error} />;
  }
  const items = itemsOf(appeals.data) ?? [];
  if (items.length === 0) {
    return <p className="muted">No appeal is waiting.</p>;
  }
  return (
    <>
      <ul>
        {items.map((s) => (
          <li key={s.id}>
            <Link to={`/sanctions/${s.id}`}>
              {kindLabels[s.kind]} on {s.party.name}
            </Link>{" "}
            ({s.rule}), appealed <DateTime value={s.appeal?.appealedAt ?? s.issuedAt} />
          </li>
        ))}
      </ul>
      <ShowMore list={appeals} what="appeals" />
    </>
  );
}

/** /staff/reports: Trust & Safety's queue (issue 15, item 8), oldest open report first, and the appeals waiting. */
export function StaffQueuePage() {
  const [status, setStatus] = useState<ReportStatus>("open");
  const queue = useReportQueue(status);
  const items = itemsOf(queue.data);
  return (
    <>
      <PageHeader eyebrow="Trust & Safety" title="Report queue" lead="Oldest open report first." />
      <Section title="Appeals waiting for review">
        <PendingAppeals />
      </Section>
      <label htmlFor="queue-status">
        Status{" "}
        <Select
          id="queue-status"
          value={status}
          onChange={(e) => setStatus(e.target.value as ReportStatus)}
          options={reportStatuses.map((value) => ({ value, label: reportStatusLabels[value] }))}
        />
      </label>
      {queue.isPending ? <Loading /> : null}
      {queue.isError ? <ProblemAlert error={queue.error} /> : null}
      {items && items.length === 0 ? <EmptyState title="No reports">Nothing here.</EmptyState> : null}
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Report</th>
                <th scope="col">About</th>
                <th scope="col">Earlier sanctions</th>
                <th scope="col">Received</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td>
                    <Link to={`/staff/reports/${r.id}`}>{ruleLabel(r.rule)}</Link>{" "}
                    <StatusBadge status={r.status} label={reportStatusLabels[r.status]} />
                  </td>
                  <td>
                    {r.party.name} <span className="muted">(via a {subjectLabels[r.subjectType]})</span>
                  </td>
                  <td>
                    {r.earlierSanctions} · next: {kindLabels[r.suggestedKind]}
                  </td>
                  <td>
                    <DateTime value={r.createdAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore list={queue} what="reports" />
        </div>
      ) : null}
    </>
  );
}
