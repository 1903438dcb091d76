import type { AssignmentStatus } from "#domains/assignments/contract";
import type { Currency } from "#shared/money";
import { fieldLines } from "../history/event-fields";
import type { HistoryEntry } from "../history/event-timeline";
import { RecordHistory } from "../history/record-history";
import { statusText } from "./assignment-text";

const statusWord = (value: unknown) =>
  typeof value === "string" && value in statusText ? statusText[value as AssignmentStatus].label : String(value);

/**
 * Readable lines for an assignment event: the status move, then the data's fields as every timeline reads them
 * (history/event-fields.ts), amounts in the assignment's currency.
 */
function detailsOf(entry: HistoryEntry, currency: Currency): string[] {
  const { from, to, ...rest } = entry.data;
  const lines =
    to !== undefined
      ? [from === undefined ? `Status: ${statusWord(to)}` : `Status: ${statusWord(from)} → ${statusWord(to)}`]
      : [];
  return [...lines, ...fieldLines(rest, currency)];
}

/**
 * The assignment's history, a page at a time (GET /events?subject=assignment:<id>), for either side: the server gives a
 * worker only the events about them and the shared ones.
 */
export function AssignmentTimeline({ id, currency }: { id: string; currency: Currency }) {
  return (
    <RecordHistory
      subject={`assignment:${id}`}
      detailsOf={(entry) => detailsOf(entry, currency)}
      label="Timeline"
      emptyTitle="Nothing has happened yet."
    />
  );
}
