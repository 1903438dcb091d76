import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { itemsOf, ShowMore } from "../ui/show-more";
import { StatusBadge } from "../ui/status-badge";
import { useViewerZone } from "../ui/viewer-zone";
import { statementPdfUrl, useStatements } from "./queries";

const monthName = (month: string) =>
  new Intl.DateTimeFormat("en-US", { month: "long", year: "numeric", timeZone: "UTC" }).format(
    new Date(`${month}-01T00:00:00Z`),
  );

/** The payments page's statements: one per UTC month, each a PDF download with times in the viewer's zone. */
export function StatementsTable() {
  const statements = useStatements();
  const months = itemsOf(statements.data);
  const zone = useViewerZone();
  if (statements.isError) {
    return <ProblemAlert error={statements.error} />;
  }
  if (!months) {
    return <Loading />;
  }
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Monthly statements</caption>
          <thead>
            <tr>
              <th scope="col">Month (UTC)</th>
              <th scope="col">Status</th>
              <th scope="col">Download</th>
            </tr>
          </thead>
          <tbody>
            {months.map((statement) => (
              <tr key={statement.month}>
                <td>{monthName(statement.month)}</td>
                <td>
                  {statement.current ? (
                    <StatusBadge status="current" label="So far: the month is not over" tone="info" />
                  ) : (
                    <StatusBadge status="closed" label="Closed" tone="neutral" />
                  )}
                </td>
                <td>
                  <ButtonLink
                    to={statementPdfUrl(statement.month, zone)}
                    reloadDocument
                    download
                    size="small"
                    aria-label={`Download the ${monthName(statement.month)} statement (PDF)`}
                  >
                    PDF
                  </ButtonLink>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore list={statements} what="statements" />
    </>
  );
}
