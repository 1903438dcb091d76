import type { EventView } from "#domains/history/contract";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { eventTitle } from "./event-label";

/** What every history entry has, whichever endpoint it came from (GET /events or an assignment's timeline). */
export type HistoryEntry = Pick<EventView, "id" | "at" | "action" | "actor" | "data">;

/** One list of history entries; each caller decides how an entry's data reads as lines. */
export function EventTimeline<E extends HistoryEntry>(props: {
  entries: E[];
  detailsOf: (entry: E) => string[];
  label: string;
  emptyTitle: string;
}) {
  if (props.entries.length === 0) {
    return <EmptyState title={props.emptyTitle} />;
  }
  return (
    <ol className="timeline" aria-label={props.label}>
      {props.entries.map((entry) => (
        <li key={entry.id} className="timeline__item">
          <p className="timeline__title">{eventTitle(entry.action)}</p>
          <p className="muted small">
            <DateTime value={entry.at} /> ·{" "}
            {entry.actor.name ?? (entry.actor.kind === "system" ? "Worklane" : "Someone")}
          </p>
          <ul className="timeline__details">
            {props.detailsOf(entry).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
