import { Link } from "react-router";
import type { InboxItem } from "#domains/assignments/views";
import { ScorecardLine } from "../ratings/scorecard-summary";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { statusText } from "./assignment-text";
import { useInbox } from "./queries";

function ItemList({
  items,
  label,
  empty,
  withScorecard = false,
}: {
  items: InboxItem[];
  label: string;
  empty: string;
  withScorecard?: boolean;
}) {
  return (
    <section className="work-bucket" aria-label={label}>
      <h3 className="subheading">
        {label} <span className="badge badge--neutral">{items.length}</span>
      </h3>
      {items.length === 0 ? <p className="muted small">{empty}</p> : null}
      <ul className="link-list">
        {items.slice(0, 5).map((item) => (
          <li key={item.id}>
            <Link to={`/assignments/${item.id}`}>{item.title}</Link>
            <span className="muted small">
              {" "}
              · {item.company.name} · <DateTime value={item.schedule?.startsAt} fallback="no fixed start" />
            </span>
            {withScorecard ? <ScorecardLine summary={item.companyScorecard} companyId={item.company.id} /> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

const live = new Set(["assigned", "in_progress"]);

/** The worker's home (issue 9): today's and upcoming work one click away, invitations, what waits on the client. */
export function WorkerWorkNow() {
  const invited = useInbox({ status: "invited" });
  const accepted = useInbox({ status: "accepted", limit: 100 });
  if (invited.isPending || accepted.isPending) {
    return <Loading />;
  }
  if (invited.isError || accepted.isError) {
    return <ProblemAlert error={invited.error ?? accepted.error} />;
  }
  const endOfToday = new Date();
  endOfToday.setHours(24, 0, 0, 0);
  const mine = accepted.data.items;
  const startsBy = (item: InboxItem) => new Date(item.schedule?.startsAt ?? 0).getTime();
  const current = mine.filter((item) => live.has(item.status)).sort((a, b) => startsBy(a) - startsBy(b));
  const today = current.filter((item) => startsBy(item) < endOfToday.getTime());
  const upcoming = current.filter((item) => startsBy(item) >= endOfToday.getTime());
  const handedIn = mine.filter((item) => ["submitted", "approved", "invoiced", "paid"].includes(item.status));
  return (
    <Section title="Your work" description="Today first, then what comes next and what you are waiting on.">
      <div className="grid grid--two">
        <ItemList items={today} label="Today" empty="Nothing scheduled today." />
        <ItemList items={upcoming} label="Upcoming" empty="No accepted work ahead yet." />
        <ItemList
          items={invited.data.items}
          label="Invitations waiting"
          empty="No invitation waits for your answer."
          withScorecard
        />
        <section className="work-bucket" aria-label="Submitted and approved">
          <h3 className="subheading">
            Submitted and approved <span className="badge badge--neutral">{handedIn.length}</span>
          </h3>
          {handedIn.length === 0 ? <p className="muted small">Nothing handed in yet.</p> : null}
          <ul className="link-list">
            {handedIn.slice(0, 5).map((item) => (
              <li key={item.id}>
                <Link to={`/assignments/${item.id}`}>{item.title}</Link>
                <span className="muted small"> · {statusText[item.status].label}</span>
              </li>
            ))}
          </ul>
        </section>
      </div>
      <p>
        <Link to="/inbox">Open the inbox</Link> for everything sent to you.
      </p>
    </Section>
  );
}
