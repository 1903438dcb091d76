import type { AssignmentStatus } from "#domains/assignments/contract";
import type { Currency } from "#shared/money";
import { fieldLines } from "../history/event-fields";
import { EventTimeline, type HistoryEntry } from "../history/event-timeline";
import { RecordHistory } from "../history/record-history";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { statusText } from "./assignment-text";
import { useTimeline } from "./queries";

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

/** The client's side: the record's whole history, a page at a time (GET /events?subject=assignment:<id>). */
function ClientTimeline({ id, currency }: { id: string; currency: Currency }) {
  return (
    <RecordHistory
      subject={`assignment:${id}`}
      detailsOf={(entry) => detailsOf(entry, currency)}
      label="Timeline"
      emptyTitle="Nothing has happened yet."
    />
  );
}

/**
 * The worker's side: GET /events is for the company's members only, so workers read GET /assignments/{id}/timeline,
 * where the server leaves out other workers' answers.
 */
function WorkerTimeline({ id, currency }: { id: string; currency: Currency }) {
  const timeline = useTimeline(id);
  if (timeline.isPending) {
    return <Loading label="Loading the timeline…" />;
  }
  if (timeline.isError) {
    return <ProblemAlert error={timeline.error} onRetry={() => void timeline.refetch()} />;
  }
  return (
    <EventTimeline
      entries={[...timeline.data.items].reverse()}
      detailsOf={(entry) => detailsOf(entry, currency)}
      label="Timeline"
      emptyTitle="Nothing has happened yet."
    />
  );
}

/** The assignment's history, newest first, for either side. */
export function AssignmentTimeline({ id, currency, isWorker }: { id: string; currency: Currency; isWorker: boolean }) {
  return isWorker ? <WorkerTimeline id={id} currency={currency} /> : <ClientTimeline id={id} currency={currency} />;
}
