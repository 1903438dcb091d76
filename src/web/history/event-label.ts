import type { EventView } from "#domains/history/contract";

/** `company.profile_updated` → "Company profile updated". */
export function eventTitle(action: string): string {
  const text = action.replace(".", " ").replaceAll("_", " ");
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") {
    return "empty";
  }
  if (typeof value === "string") {
    return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  }
  if (typeof value === "number" || typeof value === "boolean") {
    return String(value);
  }
  if (Array.isArray(value)) {
    return value.length === 0 ? "none" : value.map(show).join(", ");
  }
  const record = value as Record<string, unknown>;
  if (typeof record.city === "string") {
    return record.city;
  }
  if (typeof record.amount === "number" && typeof record.currency === "string") {
    return `${record.amount} ${record.currency} (minor units)`;
  }
  return "changed";
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const isId = (value: unknown) => typeof value === "string" && /^[0-9a-f]{8}-[0-9a-f]{4}-/i.test(value);
const isScalar = (value: unknown) => value === null || ["string", "number", "boolean"].includes(typeof value);

/** Readable lines for an event's data: "name: Acme → Acme Ltd" for before/after pairs, "role: admin" otherwise. */
export function eventDetails(event: EventView): string[] {
  const { before, after } = event.data;
  if (isRecord(after)) {
    const previous = isRecord(before) ? before : {};
    return Object.keys(after).map((key) => `${key}: ${show(previous[key])} → ${show(after[key])}`);
  }
  if ("after" in event.data && isScalar(after) && isScalar(before)) {
    return [`${show(before)} → ${show(after)}`];
  }
  // Ids mean nothing to a reader; the actor and subject already say who and what.
  return Object.entries(event.data)
    .filter(([, value]) => isScalar(value) && !isId(value))
    .map(([key, value]) => `${key}: ${show(value)}`);
}
