import { type ReactNode, useId } from "react";

/** What a control needs to be tied to its label, hint and error for assistive technology. */
export interface ControlProps {
  id: string;
  "aria-describedby"?: string;
  "aria-invalid"?: true;
}

interface FieldProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: string;
  /** Optional fields say so in the label; the others are required (the GOV.UK convention). */
  isOptional?: boolean;
  /** Hides the label visually (it stays for screen readers), e.g. in a compact table row. */
  isLabelHidden?: boolean;
  children: (control: ControlProps) => ReactNode;
}

/**
 * Label, hint and error around one control. The error comes from the contract schema in the browser or
 * from the server's problem document (errors[] by JSON pointer), mapped by ui/form.ts.
 */
export function Field({ label, hint, error, isOptional, isLabelHidden, children }: FieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ");
  return (
    <div className={`field${error ? " field--invalid" : ""}`}>
      <label htmlFor={id} className={isLabelHidden ? "visually-hidden" : "field__label"}>
        {label}
        {isOptional ? <span className="field__optional"> (optional)</span> : null}
      </label>
      {hint ? (
        <p id={hintId} className="field__hint">
          {hint}
        </p>
      ) : null}
      {children({
        id,
        "aria-describedby": describedBy || undefined,
        "aria-invalid": error ? true : undefined,
      })}
      {error ? (
        <p id={errorId} className="field__error">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      ) : null}
    </div>
  );
}
