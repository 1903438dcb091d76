import type { Ref } from "react";
import { Temporal } from "temporal-polyfill";
import type { ControlProps } from "./field";

/**
 * "2025-03-14T09:30" in `timeZone` → ISO instant; null for an empty, malformed or impossible value. Zone rules come
 * from Temporal (polyfilled): a time skipped by a daylight-saving jump moves forward by the jump, as a wall clock does,
 * and a time that happens twice (the clocks go back) is the first of the two ("compatible", the rule calendars use).
 */
export function wallTimeToIso(wall: string, timeZone: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(wall)) {
    return null;
  }
  try {
    const local = Temporal.PlainDateTime.from(wall, { overflow: "reject" });
    return local.toZonedDateTime(timeZone, { disambiguation: "compatible" }).toInstant().toString();
  } catch {
    return null; // 2025-02-30, or a zone the runtime does not know.
  }
}

/** ISO instant → "2025-03-14T09:30" as the clock reads in `timeZone`. */
export function isoToWallTime(iso: string | null | undefined, timeZone: string): string {
  if (!iso) {
    return "";
  }
  try {
    const local = Temporal.Instant.from(iso).toZonedDateTimeISO(timeZone).toPlainDateTime();
    return local.toString({ smallestUnit: "minute" });
  } catch {
    return "";
  }
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
