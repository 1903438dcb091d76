import { z } from "zod";

const zones = new Set(Intl.supportedValuesOf("timeZone"));
zones.add("UTC");

/**
 * A zone the runtime knows. `supportedValuesOf` lists one name per zone, and which one depends on the ICU version:
 * Node's lists Asia/Calcutta, not Asia/Kolkata or Europe/Kyiv, which browsers offer. Any IANA name or alias Intl
 * accepts is a zone it can show times in, so that is the test (not cached: any case of a name passes, so a cache
 * could be grown without bound).
 */
function knownZone(zone: string): boolean {
  if (zones.has(zone)) {
    return true;
  }
  if (!/^[A-Za-z][A-Za-z0-9_+-]*(\/[A-Za-z0-9_+-]+){0,2}$/.test(zone)) {
    return false;
  }
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const TimeZone = z
  .string()
  .max(64)
  .refine(knownZone, "Use an IANA time zone such as America/Chicago or Europe/Paris.");
export type TimeZone = z.infer<typeof TimeZone>;

export const timeZones = [...zones].sort();

export const Timestamp = z.iso.datetime({ offset: true, error: "Use an ISO 8601 date-time with a time zone." });

/** Shows an instant in the viewer's zone; the server always speaks UTC. */
export function formatDateTime(iso: string | Date, timeZone?: string, locale = "en-US"): string {
  const date = typeof iso === "string" ? new Date(iso) : iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone }).format(date);
}

export const hours = (n: number): number => n * 3_600_000;
export const days = (n: number): number => n * 86_400_000;
