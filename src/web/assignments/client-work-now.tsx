import { Link } from "react-router";
import type { AssignmentList } from "#domains/assignments/views";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { statusText } from "./assignment-text";
import { type ListFilters, useAssignments } from "./queries";

/** "3 h" or "2 days": how long something has waited, for a person scanning a list. */
function waited(since: string, now = Date.now()): string {
  const hours = Math.max(0, Math.round((now - new Date(since).getTime()) / 3_600_000));
  return hours >= 48 ? `${Math.round(hours / 24)} days` : `${hours} h`;
}

const localDay = (date: Date) =>
  `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, "0")}-${String(date.getDate()).padStart(2, "0")}`;

/** The count a bucket's filters match: the totals are per status over every other filter. */
function countOf(list: AssignmentList, status: string | undefined): number {
  return list.totals.filter((t) => !status || t.status === status).reduce((sum, t) => sum + t.count, 0);
}

interface BucketProps {
  title: string;
  filters: ListFilters;
  /** The list page with the same filters (its query string). */
  seeAll: string;
  empty: string;
  detail?: (item: AssignmentList["items"][number]) => React.ReactNode;
}

function Bucket({ title, filters, seeAll, empty, detail }: BucketProps) {
  const list = useAssignments(filters);
  const count = list.data ? countOf(list.data, filters.status) : null;
  return (
    <section className="work-bucket" aria-label={title}>
      <h3 className="subheading">
        {title} {count !== null ? <span className="badge badge--neutral">{count}</span> : null}
      </h3>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ProblemAlert error={list.error} /> : null}
      {list.data && list.data.items.length === 0 ? <p className="muted small">{empty}</p> : null}
      {list.data && list.data.items.length > 0 ? (
        <ul className="link-list">
          {list.data.items.slice(0, 5).map((item) => (
            <li key={item.id}>
              <Link to={`/assignments/${item.id}`}>{item.title}</Link>
              {detail ? <span className="muted small"> · {detail(item)}</span> : null}
            </li>
          ))}
        </ul>
      ) : null}
      {count !== null && count > 5 ? <Link to={`/assignments?${seeAll}`}>See all {count}</Link> : null}
    </section>
  );
}

/** The client's home (issue 9): what needs them now, then this week's counts, before any setup. */
export function ClientWorkNow() {
  const today = localDay(new Date());
  const start = new Date(`${today}T00:00`);
  const end = new Date(start);
  end.setDate(end.getDate() + 1);
  // This week: Monday to Monday in the viewer's zone.
  const weekStart = new Date(start);
  weekStart.setDate(weekStart.getDate() - ((weekStart.getDay() + 6) % 7));
  const weekEnd = new Date(weekStart);
  weekEnd.setDate(weekEnd.getDate() + 7);
  const week = useAssignments({ from: weekStart.toISOString(), to: weekEnd.toISOString() });
  return (
    <Section title="Needs you now" description="Work waiting on your company, most urgent first.">
      <div className="grid grid--two">
        <Bucket
          title="Waiting for approval"
          filters={{ status: "submitted" }}
          seeAll="status=submitted"
          empty="Nothing waits for approval."
          detail={(item) => (item.submittedAt ? `waiting ${waited(item.submittedAt)}` : null)}
        />
        <Bucket
          title="Late workers"
          filters={{ label: "late" }}
          seeAll="label=late"
          empty="Every worker is on time."
          detail={(item) => item.assignedWorker?.name}
        />
        <Bucket
          title="Not confirmed"
          filters={{ label: "not_confirmed" }}
          seeAll="label=not_confirmed"
          empty="Every worker due to confirm has."
          detail={(item) => item.assignedWorker?.name}
        />
        <Bucket
          title="Open requests"
          filters={{ label: "request_pending" }}
          seeAll="label=request_pending"
          empty="No request waits for an answer."
        />
        <Bucket
          title="Starting today"
          filters={{ from: start.toISOString(), to: end.toISOString() }}
          seeAll={`from=${today}&to=${today}`}
          empty="Nothing starts today."
          detail={(item) => <DateTime value={item.schedule?.startsAt} />}
        />
      </div>
      {week.data && week.data.totals.length > 0 ? (
        <>
          <h3 className="subheading">Starting this week</h3>
          <ul className="inline-list" aria-label="Starting this week, by status">
            {week.data.totals.map((total) => (
              <li key={`${total.status}-${total.amount.currency}`}>
                <span className="badge badge--neutral">
                  {statusText[total.status].label}: {total.count}
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </Section>
  );
}
