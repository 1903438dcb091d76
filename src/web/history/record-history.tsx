import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { eventDetails, eventTitle } from "./event-label";
import { useEvents } from "./queries";

/** A record's history (GET /api/v1/events?subject=…) as a timeline, oldest first, with "Show more". */
export function RecordHistory({ subject }: { subject: string }) {
  const events = useEvents(subject);
  if (events.isPending) {
    return <Loading label="Loading history…" />;
  }
  if (events.isError) {
    return <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />;
  }
  const items = events.data.pages.flatMap((page) => page.items);
  if (items.length === 0) {
    return <EmptyState title="Nothing has happened to this record yet." />;
  }
  return (
    <>
      <ol className="timeline" aria-label="History">
        {items.map((event) => (
          <li key={event.id} className="timeline__item">
            <p className="timeline__title">{eventTitle(event.action)}</p>
            <p className="muted small">
              <DateTime value={event.at} /> ·{" "}
              {event.actor.name ?? (event.actor.kind === "system" ? "Worklane" : "Someone")}
            </p>
            <ul className="timeline__details">
              {eventDetails(event).map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
      {events.hasNextPage ? (
        <Button size="small" onClick={() => void events.fetchNextPage()} isBusy={events.isFetchingNextPage}>
          Show more
        </Button>
      ) : null}
    </>
  );
}
