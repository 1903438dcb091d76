import { formatDateTime } from "#shared/time";

interface DateTimeProps {
  /** An ISO timestamp from the API (always UTC). */
  value: string | null | undefined;
  /** What to show when there is no value, e.g. "Never". */
  fallback?: string;
  isDateOnly?: boolean;
}

const viewerZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

/** The one place that shows instants: in the viewer's own time zone, with UTC in the tooltip. */
export function DateTime({ value, fallback = "—", isDateOnly = false }: DateTimeProps) {
  if (!value) {
    return <span>{fallback}</span>;
  }
  const date = new Date(value);
  const text = isDateOnly
    ? new Intl.DateTimeFormat("en-US", { dateStyle: "medium", timeZone: viewerZone }).format(date)
    : formatDateTime(date, viewerZone);
  return (
    <time dateTime={date.toISOString()} title={`${date.toISOString().replace("T", " ").slice(0, 16)} UTC`}>
      {text}
    </time>
  );
}
