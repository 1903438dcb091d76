import type { ReactNode } from "react";
import type { UseFormRegisterReturn } from "react-hook-form";

export interface RadioCardOption {
  value: string;
  label: string;
  description?: ReactNode;
}

interface RadioCardsProps {
  legend: string;
  options: readonly RadioCardOption[];
  registration: UseFormRegisterReturn;
  error?: string;
}

/** A choice between a few options shown as cards; still a native radio group in a fieldset. */
export function RadioCards({ legend, options, registration, error }: RadioCardsProps) {
  return (
    <fieldset className="radio-cards" aria-invalid={error ? true : undefined}>
      <legend className="field__label">{legend}</legend>
      <div className="radio-cards__options">
        {options.map((option) => (
          <label key={option.value} className="radio-card">
            <input type="radio" value={option.value} {...registration} className="radio-card__input" />
            <span className="radio-card__text">
              <span className="radio-card__label">{option.label}</span>
              {option.description ? <span className="radio-card__description">{option.description}</span> : null}
            </span>
          </label>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
