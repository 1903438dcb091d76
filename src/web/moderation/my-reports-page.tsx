import { Link } from "react-router";
import { ruleLabel, ruleLink } from "#shared/violation-rules";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { itemsOf, ShowMore } from "../ui/show-more";
import { StatusBadge } from "../ui/status-badge";
import { reportStatusLabels, subjectLabels } from "./labels";
import { useMyReports } from "./queries";

/** /reports: the reports the caller filed and where each stands (issue 15, item 7). */
export function MyReportsPage() {
  const reports = useMyReports();
  const items = itemsOf(reports.data);
  return (
    <>
      <PageHeader
        eyebrow="Trust & Safety"
        title="My reports"
        lead="Reports you sent and where they stand. For everyone's privacy we tell you whether action was taken, not what."
      />
      {reports.isPending ? <Loading /> : null}
      {reports.isError ? <ProblemAlert error={reports.error} onRetry={() => void reports.refetch()} /> : null}
      {items && items.length === 0 ? (
        <EmptyState title="No reports">Use “Report” on an assignment, a company or a person's page.</EmptyState>
      ) : null}
      {items && items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">About</th>
                <th scope="col">Rule</th>
                <th scope="col">Sent</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {items.map((r) => (
                <tr key={r.id}>
                  <td>
                    A {subjectLabels[r.subjectType]}
                    {r.evidence.length > 0 ? <span className="muted"> · {r.evidence.length} file(s)</span> : null}
                  </td>
                  <td>
                    <Link to={ruleLink(r.rule)}>{ruleLabel(r.rule)}</Link>
                  </td>
                  <td>
                    <DateTime value={r.createdAt} />
                  </td>
                  <td>
                    <StatusBadge status={r.status} label={reportStatusLabels[r.status]} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <ShowMore list={reports} what="reports" />
        </div>
      ) : null}
    </>
  );
}
