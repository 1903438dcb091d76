import type { Ref, SelectHTMLAttributes } from "react";

export interface SelectOption {
  value: string;
  label: string;
}

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  ref?: Ref<HTMLSelectElement>;
  options: readonly SelectOption[];
  /** A first, empty choice such as "Choose a role…"; omitted when a value is always set. */
  placeholder?: string;
}

/** The native select: keyboard and screen-reader behaviour come for free and match the platform. */
export function Select({ options, placeholder, className, ...rest }: SelectProps) {
  return (
    <select className={["input", "input--select", className].filter(Boolean).join(" ")} {...rest}>
      {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </select>
  );
}
