import type { PoolReach } from "#domains/talent/matching/contract";
import { type Currency, currencies, formatMoney } from "#shared/money";

/** How one value of an event's data reads; null leaves the line out (empty, a zero amount, an id). */
type Format = (value: unknown, currency?: Currency | null) => string | null;

const isId = (value: unknown) => typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value);
export const isMoney = (value: unknown): value is { amount: number; currency: Currency } =>
  typeof value === "object" &&
  value !== null &&
  typeof (value as { amount?: unknown }).amount === "number" &&
  Object.hasOwn(currencies, String((value as { currency?: unknown }).currency));

const text: Format = (value) => (typeof value === "string" && value.trim() !== "" && !isId(value) ? value : null);
const words: Format = (value) => text(value)?.replaceAll("_", " ") ?? null;
const count: Format = (value) => (typeof value === "number" ? String(value) : null);
const yesNo: Format = (value) => (typeof value === "boolean" ? (value ? "yes" : "no") : null);
const days: Format = (value) => (typeof value === "number" ? `${value} day${value === 1 ? "" : "s"}` : null);
const hidden: Format = () => null;
/** Ids mean nothing to a reader: a list of them reads as how many. */
const howMany: Format = (value) => (Array.isArray(value) && value.length > 0 ? String(value.length) : null);
const list: Format = (value) =>
  Array.isArray(value) && value.length > 0 && value.every((v) => text(v) !== null)
    ? value.map((v) => words(v)).join(", ")
    : null;
const date: Format = (value) =>
  typeof value === "string" && !Number.isNaN(Date.parse(value))
    ? new Date(value).toLocaleString("en-US", { dateStyle: "medium", timeStyle: "short" })
    : null;
/**
 * Amounts travel as integer minor units, with the currency beside them in the data or known to the page; a zero
 * amount (nothing cleared, no expenses) says nothing and is left out.
 */
const money: Format = (value, currency) => {
  if (isMoney(value)) {
    return value.amount === 0 ? null : formatMoney(value);
  }
  if (typeof value !== "number" || value === 0) {
    return null;
  }
  return currency ? formatMoney({ amount: value, currency }) : `${value} (minor units)`;
};
/** A send to talent pools (issue 12): what it reached, in one line, so the counts stay on the timeline. */
const poolReach: Format = (value) => {
  const reach = (typeof value === "object" && value !== null ? value : {}) as Partial<PoolReach>;
  if (!Array.isArray(reach.pools) || typeof reach.reached !== "number") {
    return null;
  }
  const missing = (reach.leftOutBy ?? []).map((m) => `${m.requirement}: ${m.count}`).join("; ");
  return (
    `${reach.pools.map((p) => p.name).join(", ")} within ${reach.radiusMiles} miles: ${reach.reached} reached, ` +
    `${reach.outsideRadius} farther, ${reach.leftOut} left out${missing ? ` (${missing})` : ""}`
  );
};
/** A value nobody chose a format for: plain text, numbers and yes/no; objects and ids stay out. */
const anything: Format = (value, currency) =>
  isMoney(value) ? money(value, currency) : (text(value) ?? count(value) ?? yesNo(value) ?? list(value));

/**
 * Every field an event may carry, by name: a field reads the same in every event that has it (an amount is money
 * whether a request, a claim or a cancellation carries it), so a new event needs no code here unless it brings a
 * new field name.
 */
// biome-ignore format: one field per line reads as a table.
const fields: Record<string, [label: string, format: Format]> = {
  reason: ["Reason", text],
  note: ["Note", text],
  workerName: ["Worker", text],
  templateName: ["Template", text],
  fileName: ["File", text],
  contentType: ["Type", text],
  label: ["Field", text],
  value: ["Value", anything],
  text: ["Item", text],
  amount: ["Amount", money],
  fee: ["Cancellation fee", money],
  suggestedFee: ["Suggested fee", money],
  expenses: ["Expenses", money],
  total: ["Total", money],
  extraBudgetCleared: ["Accepted increases cleared", money],
  closedRequestIds: ["Open requests closed", howMany],
  // A released worker's hand-ins, archived for the client (deliverables/actions/release.ts).
  releasedFileIds: ["Files set aside", howMany],
  releasedReportIds: ["Reports set aside", howMany],
  checklistCleared: ["Checklist ticks cleared", howMany],
  fieldsCleared: ["Field values cleared", howMany],
  feeOffered: ["Late-cancellation fee offered", yesNo],
  auto: ["Approved automatically", yesNo],
  counterOffer: ["With a counter-offer", yesNo],
  routingMode: ["Routing", words],
  kind: ["Request", words],
  changed: ["Changed", list],
  score: ["Completeness score", count],
  recipients: ["Recipients", count],
  pools: ["Talent pools", poolReach],
  count: ["How many", count],
  hours: ["Hours", count],
  units: ["Units", count],
  minutes: ["Minutes", count],
  characters: ["Characters", count],
  line: ["CSV line", count],
  requirements: ["Deliverables", count],
  checklist: ["Checklist items", count],
  paymentTermsDays: ["Payment terms", days],
  dueAt: ["Due", date],
  // The page is the assignment: its title and the status (read separately) need no line of their own.
  title: ["Title", hidden],
  currency: ["Currency", hidden],
};

/** `routingMode` → "Routing mode": the label of a field the table does not name. */
export function fieldLabel(key: string): string {
  const known = fields[key];
  if (known) {
    return known[0];
  }
  const spaced = key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replaceAll("_", " ")
    .toLowerCase();
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}

/** One value as a reader sees it, or null when it says nothing (an empty value, a zero amount, an id). */
export function fieldValue(key: string, value: unknown, currency: Currency | null): string | null {
  if (value === null || value === undefined || isId(value)) {
    return null;
  }
  const format = fields[key]?.[1] ?? anything;
  return format(value, currency);
}

/** An event's data as "Label: value" lines, in the data's order, leaving out what says nothing. */
export function fieldLines(data: Record<string, unknown>, fallbackCurrency: Currency | null = null): string[] {
  const currency = Object.hasOwn(currencies, String(data.currency)) ? (data.currency as Currency) : fallbackCurrency;
  return Object.entries(data).flatMap(([key, value]) => {
    const shown = fieldValue(key, value, currency);
    return shown === null ? [] : [`${fieldLabel(key)}: ${shown}`];
  });
}
