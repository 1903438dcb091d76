import { z } from "zod";

/**
 * Money is an integer amount of minor units plus an ISO 4217 currency: never a float.
 * Amounts are bounded to Number.MAX_SAFE_INTEGER so both database drivers (pg returns bigint as a string,
 * PGlite as a number or BigInt) parse to the same exact JavaScript number; the columns carry the same CHECK.
 */
export const currencies = {
  USD: 2,
  EUR: 2,
  GBP: 2,
  CAD: 2,
  AUD: 2,
  JPY: 0,
  CHF: 2,
  INR: 2,
  MXN: 2,
  BRL: 2,
} as const;

export const Currency = z.enum(Object.keys(currencies) as [keyof typeof currencies, ...(keyof typeof currencies)[]], {
  error: "Use a supported ISO 4217 currency code (USD, EUR, GBP, …).",
});
export type Currency = z.infer<typeof Currency>;

/**
 * What a person is told when the amount they typed is not one. The web's money fields turn text that is not an
 * amount into NaN (JSON cannot carry NaN, so only a person typing meets this); they type dollars, not cents.
 */
export const TYPED_AMOUNT_MESSAGE = "Type the amount as you would write it, like 45.50 (digits and a decimal point).";

export const MinorUnits = z
  .number({
    error: (issue) =>
      Number.isNaN(issue.input) ? TYPED_AMOUNT_MESSAGE : "Give the amount as a whole number of minor units (cents).",
  })
  .int("Give the amount as a whole number of minor units (cents).")
  .min(0, "The amount cannot be negative.")
  .max(Number.MAX_SAFE_INTEGER, "The amount is too large.");

export const Money = z.strictObject({ amount: MinorUnits, currency: Currency });
export type Money = z.infer<typeof Money>;

export function money(amount: number, currency: Currency): Money {
  return Money.parse({ amount, currency });
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) {
    throw new Error(`Cannot combine ${a.currency} with ${b.currency}`);
  }
}

export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount === b.amount ? 0 : a.amount < b.amount ? -1 : 1;
}

/** Formats for people only; amounts never travel as formatted strings. */
export function formatMoney(value: Money, locale = "en-US"): string {
  const digits = currencies[value.currency];
  return new Intl.NumberFormat(locale, {
    style: "currency",
    currency: value.currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(value.amount / 10 ** digits);
}

/**
 * Parses a person's "12.50" (or "$12.50", "12.50 €") into minor units without floating-point arithmetic.
 */
export function parseMajorUnits(text: string, currency: Currency): number | null {
  const digits = currencies[currency];
  const match = /^\s*(\d{1,13})(?:[.,](\d*))?\s*$/.exec(text.replace(/[$€£¥₹]/g, ""));
  if (!match) {
    return null;
  }
  const whole = match[1] ?? "0";
  const fraction = match[2] ?? "";
  if (fraction.length > digits) {
    return null;
  }
  return Number(whole + fraction.padEnd(digits, "0"));
}
