import { Link } from "react-router";
import { Section } from "../ui/section";
import { figureText } from "./figure-text";
import { type Figure, type Scorecard, useScorecard } from "./queries";

/** The figures a company chooses a worker by, in the order the brief line reads them. */
const briefKeys = ["satisfaction", "completed", "onTimeArrival", "deliverablesOnTime", "abandons", "noShows"];

const brief = (figures: Figure[]) =>
  briefKeys
    .map((key) => figures.find((f) => f.key === key))
    .filter(
      (f): f is Figure =>
        f !== undefined && (f.unit === "count" ? (f.value ?? 0) > 0 || f.key === "completed" : f.value !== null),
    );

/**
 * The worker scorecard in one line where a company meets the worker (issue 14 item 4: invitations sent, applications):
 * the last 90 days' satisfaction, completed work, punctuality, abandons and no-shows, linked to the full scorecard.
 * The table reads every row's scorecard at once (`useWorkerScorecards`) and hands each row its own; just the link
 * while it loads.
 */
export function WorkerScorecardBrief({
  workerId,
  name,
  card,
}: {
  workerId: string;
  name: string;
  card: Scorecard | undefined;
}) {
  const link = (
    <Link to={`/workers/${workerId}/scorecard`}>
      Scorecard<span className="visually-hidden"> of {name}</span>
    </Link>
  );
  if (!card) {
    return link;
  }
  const shown = brief(card.last90Days);
  return (
    <span className="small">
      {link}
      {shown.length === 0 ? <span className="muted"> · no data in the last 90 days</span> : null}
      {shown.map((f) => (
        <span key={f.key} className="muted">
          {" "}
          · {f.label}: {figureText(f)}
        </span>
      ))}
    </span>
  );
}

/**
 * The worker scorecard over the last 90 days, each figure linked to its list (issue 14 item 4): on the worker's own
 * home, and on their public page for the companies choosing them.
 */
export function WorkerScorecardSection({
  workerId,
  title = "Your scorecard",
  description = "What companies see when they choose whom to invite: the last 90 days.",
}: {
  workerId: string;
  title?: string;
  description?: string;
}) {
  const card = useScorecard("worker", workerId);
  if (!card.data) {
    return null;
  }
  return (
    <Section
      title={title}
      description={description}
      actions={<Link to={`/workers/${workerId}/scorecard`}>All time and month by month</Link>}
    >
      <dl className="facts">
        {card.data.last90Days.map((f) => (
          <div key={f.key}>
            <dt>{f.label}</dt>
            <dd>
              <Link to={f.drillDown.replace("/api/v1", "")}>{figureText(f)}</Link>{" "}
              <span className="muted small">({f.count})</span>
            </dd>
          </div>
        ))}
      </dl>
    </Section>
  );
}
