import type { Ref } from "react";
import type { ControlProps } from "./field";

/** The wall-clock parts of an instant in a zone, via Intl (the browser knows the zone rules). */
function partsIn(instant: number, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(instant);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return [get("year"), get("month"), get("day"), get("hour"), get("minute"), get("second")];
}

function offsetOf(instant: number, timeZone: string): number {
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0, s = 0] = partsIn(instant, timeZone);
  return Date.UTC(y, mo - 1, d, h, mi, s) - Math.floor(instant / 1000) * 1000;
}

/** "2025-03-14T09:30" in `timeZone` → ISO instant; null for an empty or malformed value. */
export function wallTimeToIso(wall: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(wall);
  if (!match) {
    return null;
  }
  const [, y, mo, d, h, mi] = match.map(Number);
  const asUtc = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0);
  // Two passes settle the offset even when the guess lands on the other side of a DST change.
  const first = asUtc - offsetOf(asUtc, timeZone);
  const second = asUtc - offsetOf(first, timeZone);
  return new Date(second).toISOString();
}

/** ISO instant → "2025-03-14T09:30" as the clock reads in `timeZone`. */
export function isoToWallTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) {
    return "";
  }
  const instant = Date.parse(iso);
  if (Number.isNaN(instant)) {
    return "";
  }
  const [y = 0, mo = 1, d = 1, h = 0, mi = 0] = partsIn(instant, timeZone);
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(y, 4)}-${pad(mo)}-${pad(d)}T${pad(h)}:${pad(mi)}`;
}

interface ZonedDateTimeInputProps {
  control: ControlProps;
  /** An ISO instant, or null when not set. */
  value: string | null | undefined;
  onChange: (value: string | null) => void;
  onBlur?: () => void;
  /** The zone the person types in (a site's local time), not necessarily the browser's. */
  timeZone: string;
  ref?: Ref<HTMLInputElement>;
}

/**
 * A date and time typed as the clock reads in a given zone (e.g. the site's), kept as an ISO instant. The zone is
 * named beside the input so nobody mistakes it for their own.
 */
export function ZonedDateTimeInput({ control, value, onChange, onBlur, timeZone, ref }: ZonedDateTimeInputProps) {
  return (
    <span className="zoned-input">
      <input
        {...control}
        ref={ref}
        type="datetime-local"
        className="input"
        value={isoToWallTime(value, timeZone)}
        onChange={(event) => onChange(event.target.value ? wallTimeToIso(event.target.value, timeZone) : null)}
        onBlur={onBlur}
      />{" "}
      <span className="muted small">{timeZone.replaceAll("_", " ")}</span>
    </span>
  );
}
