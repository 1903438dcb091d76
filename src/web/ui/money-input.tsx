import { useEffect, useState } from "react";
import { type Currency, currencies, formatMoney, type Money, parseMajorUnits } from "#shared/money";
import type { ControlProps } from "./field";

interface MoneyInputProps {
  control: ControlProps;
  value: Money | null;
  onChange: (value: Money | null) => void;
  onBlur?: () => void;
  /** The currencies a person may pick; one means the currency is fixed. */
  currencyOptions?: readonly Currency[];
  defaultCurrency?: Currency;
}

function toText(value: Money | null): string {
  if (!value || !Number.isSafeInteger(value.amount)) {
    return "";
  }
  const digits = currencies[value.currency];
  const text = String(value.amount).padStart(digits + 1, "0");
  return digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * An amount typed in major units ("45.50") and kept as integer minor units (4550): parsed with
 * parseMajorUnits, never through floating point. Text that is not an amount becomes a NaN amount, so the
 * contract schema refuses it with its own message.
 */
export function MoneyInput({
  control,
  value,
  onChange,
  onBlur,
  currencyOptions = Object.keys(currencies) as Currency[],
  defaultCurrency = "USD",
}: MoneyInputProps) {
  const currency = value?.currency ?? defaultCurrency;
  const [text, setText] = useState(() => toText(value));

  // Follows values set from outside (a form reset with loaded data) without fighting the person typing.
  useEffect(() => {
    if (value === null && text.trim() !== "") {
      setText("");
    } else if (value && Number.isSafeInteger(value.amount) && parseMajorUnits(text, value.currency) !== value.amount) {
      setText(toText(value));
    }
  }, [value, text]);

  const update = (nextText: string, nextCurrency: Currency) => {
    setText(nextText);
    if (nextText.trim() === "") {
      onChange(null);
      return;
    }
    const amount = parseMajorUnits(nextText, nextCurrency);
    onChange({ amount: amount ?? Number.NaN, currency: nextCurrency });
  };

  return (
    <div className="money-input">
      <input
        {...control}
        className="input money-input__amount"
        inputMode="decimal"
        autoComplete="off"
        value={text}
        placeholder={currencies[currency] === 0 ? "5000" : "45.00"}
        onChange={(event) => update(event.target.value, currency)}
        onBlur={onBlur}
      />
      {currencyOptions.length > 1 ? (
        <select
          className="input input--select money-input__currency"
          aria-label="Currency"
          value={currency}
          onChange={(event) => update(text, event.target.value as Currency)}
        >
          {currencyOptions.map((code) => (
            <option key={code} value={code}>
              {code}
            </option>
          ))}
        </select>
      ) : (
        <span className="money-input__currency-fixed">{currency}</span>
      )}
      {value && Number.isSafeInteger(value.amount) ? (
        <span className="money-input__preview" aria-hidden="true">
          {formatMoney(value)}
        </span>
      ) : null}
    </div>
  );
}
