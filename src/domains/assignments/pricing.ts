/**
 * Pricing rules (issue 3, The assignment): flat, hourly with a cap, per unit with a cap, blended. Amounts are integer
 * minor units; hours and units carry at most two decimals, so every product is computed on integers in hundredths.
 */
import { type Currency, formatMoney } from "#shared/money";
import type { Pricing } from "./contract";

const hundredths = (quantity: number): number => Math.round(quantity * 100);

/** rate × quantity, rounded half up to a whole minor unit, without floating-point products. */
function times(rate: number, quantity: number): number {
  return Math.floor((rate * hundredths(quantity) + 50) / 100);
}

/** The most this assignment can cost: what the client commits to, shown for every pricing type. */
export function maximumSpend(pricing: Pricing): number {
  switch (pricing.type) {
    case "flat":
      return pricing.amount;
    case "hourly":
      return times(pricing.rate, pricing.maxHours);
    case "per_unit":
      return times(pricing.rate, pricing.maxUnits);
    case "blended":
      return pricing.amount + times(pricing.rate, Math.max(0, pricing.maxHours - pricing.flatHours));
  }
}

export interface Claim {
  hours: number | null;
  units: number | null;
  /** Minor units. */
  expenses: number;
}

/** What the worker's claim comes to; submit compares it with the maximum spend (less is fine, more is not). */
export function amountForClaim(pricing: Pricing, claim: Claim): number {
  const hours = claim.hours ?? 0;
  const work = (() => {
    switch (pricing.type) {
      case "flat":
        return pricing.amount;
      case "hourly":
        return times(pricing.rate, hours);
      case "per_unit":
        return times(pricing.rate, claim.units ?? 0);
      case "blended":
        return pricing.amount + (hours > pricing.flatHours ? times(pricing.rate, hours - pricing.flatHours) : 0);
    }
  })();
  return work + claim.expenses;
}

/** Which quantity a claim must state for this pricing type. */
export function claimNeeds(pricing: Pricing): "hours" | "units" | null {
  if (pricing.type === "hourly" || pricing.type === "blended") {
    return "hours";
  }
  return pricing.type === "per_unit" ? "units" : null;
}

/** For people (emails, CSV): "$50.00 per hour, up to 8 hours". */
export function describePricing(pricing: Pricing, currency: Currency): string {
  const money = (amount: number) => formatMoney({ amount, currency });
  switch (pricing.type) {
    case "flat":
      return `${money(pricing.amount)} flat`;
    case "hourly":
      return `${money(pricing.rate)} per hour, up to ${pricing.maxHours} hours`;
    case "per_unit":
      return `${money(pricing.rate)} per ${pricing.unitName}, up to ${pricing.maxUnits}`;
    case "blended":
      return `${money(pricing.amount)} for the first ${pricing.flatHours} hours, then ${money(pricing.rate)} per hour, up to ${pricing.maxHours} hours`;
  }
}

export const LATE_CANCELLATION_MS = 24 * 3_600_000;

/**
 * Seed: "If clients need to cancel an assignment with less than 24 hours' notice, clients may choose to compensate
 * the worker a cancellation fee." Offered only with a worker assigned and the start under 24 h away (or passed);
 * the suggestion is the company's percentage of the price, and the client may pay anything up to the price, or nothing.
 */
export function cancellationOffer(input: {
  workerAssigned: boolean;
  startsAt: Date | null;
  now: Date;
  price: number;
  feePercent: number;
}): { suggestedFee: number; maximumFee: number } | null {
  if (!input.workerAssigned || !input.startsAt) {
    return null;
  }
  if (input.startsAt.getTime() - input.now.getTime() >= LATE_CANCELLATION_MS) {
    return null;
  }
  return { suggestedFee: Math.floor((input.price * input.feePercent + 50) / 100), maximumFee: input.price };
}

/** Statuses whose money figure is the approved claim: the amount is known and the ceiling no longer matters. */
export const settledStatuses = ["approved", "invoiced", "paid"] as const;

/**
 * The money figure a list, its counters and its totals show for one assignment (issue 9): the approved claim once
 * approved, invoiced or paid, the ceiling (priced maximum plus accepted increases) before.
 */
export function shownAmount(row: {
  status: string;
  maximumSpend: number;
  extraBudget: number;
  claimedAmount: number | null;
}): number {
  const settled = (settledStatuses as readonly string[]).includes(row.status);
  return settled && row.claimedAmount !== null ? row.claimedAmount : row.maximumSpend + row.extraBudget;
}
