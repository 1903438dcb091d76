import { Link, useParams } from "react-router";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { drillDownPage, figureText } from "./figure-text";
import { MonthlyCharts } from "./monthly-charts";
import { type Figure, type Subject, useScorecard } from "./queries";

function FigureTable({ figures, caption }: { figures: Figure[]; caption: string }) {
  return (
    <table className="table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Figure</th>
          <th scope="col">Value</th>
          <th scope="col">Made of</th>
          <th scope="col">How it is computed</th>
        </tr>
      </thead>
      <tbody>
        {figures.map((f) => (
          <tr key={f.key}>
            <th scope="row">{f.label}</th>
            <td>
              {f.note ? (
                <span className="muted">{figureText(f)}</span>
              ) : (
                <Link to={drillDownPage(f)}>{figureText(f)}</Link>
              )}
              {f.red ? <span className="badge badge--danger"> Red</span> : null}
            </td>
            <td>{f.count}</td>
            <td>{f.note ?? f.definition}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** /companies/:id/scorecard and /workers/:id/scorecard: every figure, both windows, each linked to its drill-down. */
export function ScorecardPage({ subject }: { subject: Subject }) {
  const { id = "" } = useParams();
  const card = useScorecard(subject, id);
  if (card.isPending) {
    return <Loading />;
  }
  if (card.isError) {
    return <ProblemAlert error={card.error} onRetry={() => void card.refetch()} />;
  }
  const { subject: who, last90Days, allTime, red, withYourCompany } = card.data;
  return (
    <>
      <PageHeader
        eyebrow={subject === "company" ? "Company Scorecard" : "Worker scorecard"}
        title={who.name}
        lead={
          red.length > 0
            ? `Red over the last 90 days: ${red.join(", ")}.`
            : "Every figure says how it is computed and lists what it is made of."
        }
      />
      <Section title="Last 90 days" description="Today and the 89 days before (UTC).">
        <FigureTable figures={last90Days} caption="Last 90 days" />
      </Section>
      <Section title="All time">
        <FigureTable figures={allTime} caption="All time" />
      </Section>
      <MonthlyCharts subject={subject} id={id} />
      {withYourCompany ? (
        <Section
          title="Your history with this worker"
          description="Only your company sees this: your own assignments with them, all time."
        >
          <dl className="facts">
            {withYourCompany.map((f) => (
              <div key={f.key}>
                <dt>{f.label}</dt>
                <dd>
                  {figureText({
                    value: f.value,
                    unit: f.key === "completed" || f.key === "abandons" || f.key === "noShows" ? "count" : "share",
                    note: null,
                  })}{" "}
                  <span className="muted">({f.count})</span>
                </dd>
              </div>
            ))}
          </dl>
        </Section>
      ) : null}
    </>
  );
}

export const CompanyScorecardPage = () => <ScorecardPage subject="company" />;
export const WorkerScorecardPage = () => <ScorecardPage subject="worker" />;
