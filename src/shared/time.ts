import { z } from "zod";

const zones = new Set(Intl.supportedValuesOf("timeZone"));
zones.add("UTC");

/**
 * A zone the runtime knows. `supportedValuesOf` lists one name per zone, and which one depends on the ICU version:
 * Node's lists Asia/Calcutta, not Asia/Kolkata or Europe/Kyiv, which browsers offer. So a name it does not list is
 * taken when it is written as IANA writes zone names (Area/Place, each part capitalised) and Intl reads it as a zone it
 * does list. ICU's legacy abbreviations (PST, IST) and other spellings (asia/kolkata) stay refused: a browser may not
 * know them. Not cached: the check is cheap and a cache could be grown by anyone.
 */
function knownZone(zone: string): boolean {
  if (zones.has(zone)) {
    return true;
  }
  if (!/^[A-Z][A-Za-z_-]*(\/[A-Z][A-Za-z0-9_+-]*){1,2}$/.test(zone)) {
    return false;
  }
  try {
    return zones.has(new Intl.DateTimeFormat("en-US", { timeZone: zone }).resolvedOptions().timeZone);
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
