import type { AssignmentStatus } from "#domains/assignments/contract";
import type { Timeline } from "#domains/assignments/views/contract";
import { type Currency, formatMoney } from "#shared/money";
import { eventTitle } from "../history/event-label";
import { useEvents } from "../history/queries";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { statusText } from "./assignment-text";
import { useTimeline } from "./queries";

type Entry = Timeline["items"][number];

const moneyKeys: Record<string, string> = {
  fee: "Cancellation fee",
  suggestedFee: "Suggested fee",
  expenses: "Expenses",
  amount: "Amount",
  total: "Total",
};
const words: Record<string, string> = {
  feeOffered: "Late-cancellation fee offered",
  routingMode: "Routing",
  score: "Completeness score",
};
/** `routingMode` → "Routing mode": the fallback for keys without a chosen word. */
const keyText = (key: string) => {
  const spaced = key.replace(/([a-z])([A-Z])/g, "$1 $2").toLowerCase();
  return words[key] ?? spaced.charAt(0).toUpperCase() + spaced.slice(1);
};
const valueText = (value: string | number) => (typeof value === "string" ? value.replaceAll("_", " ") : String(value));
const isId = (value: unknown) => typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value);
const statusWord = (value: unknown) =>
  typeof value === "string" && value in statusText ? statusText[value as AssignmentStatus].label : String(value);

/** Readable lines for an assignment event: status moves, reasons, amounts in the assignment's currency. */
function detailsOf(entry: Entry, currency: Currency): string[] {
  const { from, to, ...rest } = entry.data;
  const lines =
    to !== undefined
      ? [from === undefined ? `Status: ${statusWord(to)}` : `Status: ${statusWord(from)} → ${statusWord(to)}`]
      : [];
  for (const [key, value] of Object.entries(rest)) {
    if (value === null && key in moneyKeys) {
      lines.push(`${moneyKeys[key]}: none`);
    } else if (typeof value === "number" && key in moneyKeys) {
      lines.push(`${moneyKeys[key]}: ${formatMoney({ amount: value, currency })}`);
    } else if (Array.isArray(value) && value.every((v) => typeof v === "string" && !isId(v))) {
      lines.push(`${keyText(key)}: ${value.join(", ")}`);
    } else if (typeof value === "boolean") {
      lines.push(`${keyText(key)}: ${value ? "yes" : "no"}`);
    } else if ((typeof value === "string" || typeof value === "number") && !isId(value) && key !== "title") {
      lines.push(`${keyText(key)}: ${key === "reason" ? value : valueText(value)}`);
    }
  }
  return lines;
}

function Entries({ entries, currency }: { entries: Entry[]; currency: Currency }) {
  if (entries.length === 0) {
    return <EmptyState title="Nothing has happened yet." />;
  }
  return (
    <ol className="timeline" aria-label="Timeline">
      {entries.map((entry) => (
        <li key={entry.id} className="timeline__item">
          <p className="timeline__title">{eventTitle(entry.action)}</p>
          <p className="muted small">
            <DateTime value={entry.at} /> ·{" "}
            {entry.actor.name ?? (entry.actor.kind === "system" ? "Worklane" : "Someone")}
          </p>
          <ul className="timeline__details">
            {detailsOf(entry, currency).map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

/** The client's side: the record's whole history, newest first, a page at a time (GET /events?subject=assignment:<id>). */
function ClientTimeline({ id, currency }: { id: string; currency: Currency }) {
  const events = useEvents(`assignment:${id}`);
  if (events.isPending) {
    return <Loading label="Loading the timeline…" />;
  }
  if (events.isError) {
    return <ProblemAlert error={events.error} onRetry={() => void events.refetch()} />;
  }
  return (
    <>
      <Entries entries={events.data.pages.flatMap((page) => page.items)} currency={currency} />
      {events.hasNextPage ? (
        <Button size="small" onClick={() => void events.fetchNextPage()} isBusy={events.isFetchingNextPage}>
          Show more
        </Button>
      ) : null}
    </>
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
  return <Entries entries={[...timeline.data.items].reverse()} currency={currency} />;
}

/** The assignment's history, newest first, for either side. */
export function AssignmentTimeline({ id, currency, isWorker }: { id: string; currency: Currency; isWorker: boolean }) {
  return isWorker ? <WorkerTimeline id={id} currency={currency} /> : <ClientTimeline id={id} currency={currency} />;
}
