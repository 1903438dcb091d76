import { formatDateTime } from "#shared/time";
import { useViewerZone } from "./viewer-zone";

interface DateTimeProps {
  /** An ISO timestamp from the API (always UTC). */
  value: string | null | undefined;
  /** What to show when there is no value, e.g. "Never". */
  fallback?: string;
  isDateOnly?: boolean;
  /** Names the zone after the time ("9:00 AM MST"): for the main time of a page. */
  hasZone?: boolean;
}

/** The one place that shows instants: in the viewer's own time zone, with UTC in the tooltip. */
export function DateTime({ value, fallback = "—", isDateOnly = false, hasZone = false }: DateTimeProps) {
  const zone = useViewerZone();
  if (!value) {
    return <span>{fallback}</span>;
  }
  const date = new Date(value);
  const text = isDateOnly
    ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: zone }).format(date)
    : hasZone
      ? `${formatDateTime(date, zone)} ${zoneName(date, zone)}`
      : formatDateTime(date, zone);
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().replace("T", " ").slice(0, 16)} UTC`}>
      {text}
    </time>
  );
}

/** "MST", "GMT+1": the short name of `zone` at that instant (daylight saving included). */
export function zoneName(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: zone, timeZoneName: "short" }).formatToParts(date);
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone;
}
