import type { Ref } from "react";
import { timeZones } from "#shared/time";
import type { ControlProps } from "./field";
import { Select } from "./select";

const options = timeZones.map((zone) => ({ value: zone, label: zone.replaceAll("_", " ") }));

interface TimeZoneSelectProps {
  control: ControlProps;
  value: string | null;
  onChange: (zone: string | null) => void;
  onBlur?: () => void;
  ref?: Ref<HTMLSelectElement>;
  /** What the empty choice says ("Not set" unless told). */
  emptyLabel?: string;
}

/** IANA time zones; the empty choice means "not set". */
export function TimeZoneSelect({ control, value, onChange, onBlur, ref, emptyLabel = "Not set" }: TimeZoneSelectProps) {
  return (
    <Select
      {...control}
      ref={ref}
      options={options}
      placeholder={emptyLabel}
      value={value ?? ""}
      onChange={(event) => onChange(event.target.value || null)}
      onBlur={onBlur}
    />
  );
}
