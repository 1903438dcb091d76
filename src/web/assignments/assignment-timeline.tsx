import type { AssignmentStatus } from "#domains/assignments/contract";
import { type Currency, formatMoney } from "#shared/money";
import { EventTimeline, type HistoryEntry } from "../history/event-timeline";
import { RecordHistory } from "../history/record-history";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { statusText } from "./assignment-text";
import { useTimeline } from "./queries";

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
function detailsOf(entry: HistoryEntry, currency: Currency): string[] {
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
