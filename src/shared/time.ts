import { z } from "zod";

const zones = new Set(Intl.supportedValuesOf("timeZone"));
zones.add("UTC");

export const TimeZone = z
  .string()
  .max(64)
  .refine((zone) => zones.has(zone), "Use an IANA time zone such as America/Chicago or Europe/Paris.");
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
