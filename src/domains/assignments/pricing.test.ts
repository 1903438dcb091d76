import { describe, expect, it } from "vitest";
import type { Pricing } from "./contract";
import { Pricing as PricingSchema } from "./contract";
import { amountForClaim, cancellationOffer, describePricing, maximumSpend } from "./pricing";

const flat: Pricing = { type: "flat", amount: 25_000 };
const hourly: Pricing = { type: "hourly", rate: 4_550, maxHours: 7.5 };
const perUnit: Pricing = { type: "per_unit", rate: 1_999, unitName: "panel", maxUnits: 12 };
const blended: Pricing = { type: "blended", amount: 20_000, flatHours: 2, rate: 6_000, maxHours: 6.25 };

describe("maximumSpend", () => {
  const cases: [string, Pricing, number][] = [
    ["flat: the amount", flat, 25_000],
    ["hourly: rate × max hours", hourly, 34_125],
    ["per unit: rate × max units", perUnit, 23_988],
    ["blended: flat + rate × hours beyond the flat part", blended, 20_000 + 25_500],
    ["hourly with a third of a cent rounds half up", { type: "hourly", rate: 333, maxHours: 0.5 }, 167],
    ["fractions that are inexact in binary stay exact", { type: "hourly", rate: 10, maxHours: 0.07 }, 1],
    ["the largest bounded product stays a safe integer", { type: "hourly", rate: 1e9, maxHours: 10_000 }, 1e13],
  ];
  for (const [name, pricing, expected] of cases) {
    it(name, () => {
      expect(maximumSpend(pricing)).toBe(expected);
      expect(Number.isSafeInteger(maximumSpend(pricing))).toBe(true);
    });
  }
});

describe("amountForClaim", () => {
  const cases: [string, Pricing, { hours: number | null; units: number | null; expenses: number }, number][] = [
    ["flat ignores hours", flat, { hours: 12, units: null, expenses: 0 }, 25_000],
    ["flat plus expenses", flat, { hours: null, units: null, expenses: 1_250 }, 26_250],
    ["hourly for 2.25 hours", hourly, { hours: 2.25, units: null, expenses: 0 }, 10_238],
    ["hourly with no hours is only expenses", hourly, { hours: null, units: null, expenses: 500 }, 500],
    ["per unit for 3 units", perUnit, { hours: null, units: 3, expenses: 0 }, 5_997],
    ["blended inside the flat hours", blended, { hours: 1.5, units: null, expenses: 0 }, 20_000],
    ["blended beyond the flat hours", blended, { hours: 3.5, units: null, expenses: 0 }, 29_000],
    ["over the maximum is computed, not clamped", hourly, { hours: 10, units: null, expenses: 0 }, 45_500],
  ];
  for (const [name, pricing, claim, expected] of cases) {
    it(name, () => expect(amountForClaim(pricing, claim)).toBe(expected));
  }
});

describe("the pricing contract", () => {
  const refused: [string, unknown][] = [
    ["a negative amount", { type: "flat", amount: -1 }],
    ["a fractional amount", { type: "flat", amount: 10.5 }],
    ["hours with three decimals", { type: "hourly", rate: 100, maxHours: 1.125 }],
    ["zero hours", { type: "hourly", rate: 100, maxHours: 0 }],
    ["a rate above the bound", { type: "hourly", rate: 1e9 + 1, maxHours: 1 }],
    ["an unknown type", { type: "barter", amount: 1 }],
    ["an extra field", { type: "flat", amount: 1, tip: 2 }],
    ["a unit without a name", { type: "per_unit", rate: 1, unitName: "", maxUnits: 1 }],
  ];
  for (const [name, value] of refused) {
    it(`refuses ${name}`, () => expect(PricingSchema.safeParse(value).success).toBe(false));
  }
});

describe("describePricing", () => {
  it("reads like a person wrote it", () => {
    expect(describePricing(hourly, "USD")).toBe("$45.50 per hour, up to 7.5 hours");
    expect(describePricing(flat, "EUR")).toBe("€250.00 flat");
    expect(describePricing(perUnit, "USD")).toBe("$19.99 per panel, up to 12");
  });
});

describe("cancellationOffer", () => {
  const start = new Date("2030-03-01T09:00:00Z");
  const at = (hoursBefore: number) => new Date(start.getTime() - hoursBefore * 3_600_000);
  const offer = (hoursBefore: number, workerAssigned = true) =>
    cancellationOffer({ workerAssigned, startsAt: start, now: at(hoursBefore), price: 40_000, feePercent: 25 });
  it("offers the fee 23 hours before the start", () => {
    expect(offer(23)).toEqual({ suggestedFee: 10_000, maximumFee: 40_000 });
  });
  it("offers the fee after the start has passed", () => expect(offer(-2)).not.toBeNull());
  it("offers nothing at exactly 24 hours or more", () => {
    expect(offer(24)).toBeNull();
    expect(offer(48)).toBeNull();
  });
  it("offers nothing when no worker is assigned", () => expect(offer(2, false)).toBeNull());
});
