interface CheckboxGroupProps {
  legend: string;
  hint?: string;
  options: readonly string[];
  value: readonly string[];
  onChange: (value: string[]) => void;
  error?: string;
}

/** Several choices from a fixed list, as native checkboxes in a fieldset. */
export function CheckboxGroup({ legend, hint, options, value, onChange, error }: CheckboxGroupProps) {
  const toggle = (option: string, isChecked: boolean) =>
    onChange(isChecked ? options.filter((o) => o === option || value.includes(o)) : value.filter((v) => v !== option));
  return (
    <fieldset className="field checkbox-fieldset">
      <legend className="field__label">
        {legend} <span className="field__optional">(optional)</span>
      </legend>
      {hint ? <p className="field__hint">{hint}</p> : null}
      <div className="checkbox-grid">
        {options.map((option) => (
          <label key={option} className="checkbox">
            <input
              type="checkbox"
              checked={value.includes(option)}
              onChange={(e) => toggle(option, e.target.checked)}
            />
            {option}
          </label>
        ))}
      </div>
      {error ? <p className="field__error">{error}</p> : null}
    </fieldset>
  );
}
