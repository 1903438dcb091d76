import type { EventView } from "#domains/history/contract";
import { Button } from "../ui/button";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { eventDetails } from "./event-label";
import { EventTimeline } from "./event-timeline";
import { useEvents } from "./queries";

/** A record's history (GET /api/v1/events?subject=…) as a timeline, oldest first, with "Show more". */
export function RecordHistory({
  subject,
  detailsOf = eventDetails,
  label = "History",
  emptyTitle = "Nothing has happened to this record yet.",
}: {
  subject: string;
  detailsOf?: (event: EventView) => string[];
  label?: string;
  emptyTitle?: string;
}) {
  const events = useEvents(subject);
  if (events.isPending) {
    return <Loading label={`Loading the ${label.toLowerCase()}…`} />;
  }
  if (events.isError) {
    return <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />;
  }
  return (
    <>
      <EventTimeline
        entries={events.data.pages.flatMap((page) => page.items)}
        detailsOf={detailsOf}
        label={label}
        emptyTitle={emptyTitle}
      />
      {events.hasNextPage ? (
        <Button size="small" onClick={() => void events.fetchNextPage()} isBusy={events.isFetchingNextPage}>
          Show more
        </Button>
      ) : null}
    </>
  );
}
