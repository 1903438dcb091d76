import { useState } from "react";
import { Link, useParams, useSearchParams } from "react-router";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { figureText } from "./figure-text";
import { type Subject, useDrillDown, type Window } from "./queries";

/** /companies/:id/scorecard/:figure: the assignments and invoices behind one figure, with each one's contribution. */
export function DrillDownPage({ subject }: { subject: Subject }) {
  const { id = "", figure = "" } = useParams();
  const [search] = useSearchParams();
  const window: Window = search.get("window") === "allTime" ? "allTime" : "last90Days";
  const [cursors, setCursors] = useState<string[]>([]);
  const page = useDrillDown(subject, id, figure, window, cursors.at(-1));
  if (page.isPending) {
    return <Loading />;
  }
  if (page.isError) {
    return <ProblemAlert error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { figure: f, items, nextCursor } = page.data;
  const base = `/${subject === "company" ? "companies" : "workers"}/${id}/scorecard`;
  const other: Window = window === "allTime" ? "last90Days" : "allTime";
  return (
    <>
      <PageHeader eyebrow="Scorecard" title={`${f.label}: ${figureText(f)}`} lead={f.definition} />
      <p className="inline-list">
        <Link to={base}>Back to the scorecard</Link>
        <span>{window === "allTime" ? "All time" : "Last 90 days"}</span>
        <Link to={`${base}/${figure}?window=${other}`}>
          {other === "allTime" ? "See all time" : "See the last 90 days"}
        </Link>
        <a href={`/api/v1${base}/${figure}/export.csv?window=${window}`} download>
          Download CSV
        </a>
      </p>
      <Section title={`What makes it (${f.count})`}>
        {items.length === 0 ? (
          <p className="muted">Nothing in this window.</p>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Assignment</th>
                <th scope="col">Contribution</th>
                <th scope="col">What happened</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={`${item.at}-${item.assignmentId}-${item.note}`}>
                  <td>
                    <DateTime value={item.at} />
                  </td>
                  <td>
                    {item.assignmentId ? (
                      <Link to={`/assignments/${item.assignmentId}`}>{item.assignmentId.slice(0, 8)}</Link>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td>{item.value}</td>
                  <td>{item.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {nextCursor ? <Button onClick={() => setCursors([...cursors, nextCursor])}>Older</Button> : null}
      </Section>
    </>
  );
}

export const CompanyDrillDownPage = () => <DrillDownPage subject="company" />;
export const WorkerDrillDownPage = () => <DrillDownPage subject="worker" />;
