import { Link } from "react-router";
import { Section } from "../ui/section";
import { drillDownPage, figureText } from "./figure-text";
import { useScorecard } from "./queries";

/** What to do about each red figure (from the figure's definition of the threshold). */
const advice: Record<string, string> = {
  approvalDays: "Approve submitted work within 3 days; the list shows the slow approvals.",
  daysLate: "Keep funds available so invoices are paid by their due date.",
  satisfaction: "Read the unsatisfied reviews and reply to them.",
};

/** The client home's scorecard (issue 14 item 7): the red figures with what to do, and invoices past due now. */
export function OwnScorecard({ companyId }: { companyId: string }) {
  const card = useScorecard("company", companyId);
  if (!card.data) {
    return null;
  }
  const red = card.data.last90Days.filter((f) => f.red);
  const pastDue = card.data.last90Days.find((f) => f.key === "pastDueNow");
  return (
    <Section title="Your Company Scorecard" description="What workers see before they accept your work.">
      {red.length === 0 ? <p>Nothing is red over the last 90 days.</p> : null}
      <ul>
        {red.map((f) => (
          <li key={f.key}>
            <strong>
              {f.label}: {figureText(f)}
            </strong>{" "}
            (red). {advice[f.key]} <Link to={drillDownPage(f)}>See the {f.count} behind it</Link>
          </li>
        ))}
        {pastDue && (pastDue.value ?? 0) > 0 ? (
          <li>
            <strong>{pastDue.value} invoices past due now.</strong> <Link to="/payments">Pay them</Link>
          </li>
        ) : null}
      </ul>
      <p>
        <Link to={`/companies/${companyId}/scorecard`}>Open the full scorecard</Link>
      </p>
    </Section>
  );
}
