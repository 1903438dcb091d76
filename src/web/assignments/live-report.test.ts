import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { completeness } from "#domains/assignments/completeness";
import type { Pricing } from "#domains/assignments/contract";
import { maximumSpend } from "#domains/assignments/pricing";
import { type LiveInput, liveCompleteness, liveMaximumSpend } from "./live-report";

const now = new Date("2030-06-01T12:00:00Z");
const hour = 3_600_000;
const quantity = fc.integer({ min: 1, max: 100_000 }).map((n) => n / 100);
const amount = fc.integer({ min: 0, max: 1_000_000_000 });

const pricing: fc.Arbitrary<Pricing> = fc.oneof(
  amount.map((a): Pricing => ({ type: "flat", amount: a })),
  fc.record({ rate: amount, maxHours: quantity }).map((p): Pricing => ({ type: "hourly", ...p })),
  fc.record({ rate: amount, maxUnits: quantity }).map((p): Pricing => ({ type: "per_unit", unitName: "m", ...p })),
  fc.record({ amount, flatHours: quantity, rate: amount, extra: quantity }).map(
    (p): Pricing => ({
      type: "blended",
      amount: p.amount,
      flatHours: p.flatHours,
      rate: p.rate,
      maxHours: p.flatHours + p.extra,
    }),
  ),
);

const text = fc.array(fc.constantFrom("fix", "the", "router", "-", "  ", "\n", "on", "site", "*"), { maxLength: 40 });
const at = fc.integer({ min: -48, max: 96 }).map((h) => new Date(now.getTime() + h * hour));

const input: fc.Arbitrary<LiveInput> = fc.record({
  title: text.map((w) => w.join(" ")),
  description: text.map((w) => w.join(" ")),
  instructions: fc.constantFrom("", "  ", "Ask for Sam at the back door."),
  industry: fc.constantFrom(null, "Retail"),
  skills: fc.constantFrom([], ["Cabling"]),
  locationType: fc.constantFrom("onsite" as const, "remote" as const),
  hasLocation: fc.boolean(),
  hasOnsiteContact: fc.boolean(),
  schedule: fc.option(
    fc.record({
      type: fc.constantFrom("fixed" as const, "window" as const),
      startsAt: at,
      endsAt: fc.option(at, { nil: null }),
    }),
    { nil: null },
  ),
  deadline: fc.option(at, { nil: null }),
  pricing,
  deliverableCount: fc.constantFrom(0, 2),
  now: fc.constant(now),
});

describe("the form's live report", () => {
  it("scores every generated assignment exactly as the server's completeness report does", () => {
    fc.assert(
      fc.property(input, (a) => {
        expect(liveCompleteness(a)).toEqual(completeness(a));
      }),
      { numRuns: 2000 },
    );
  });

  it("shows the server's maximum spend for every pricing type", () => {
    fc.assert(
      fc.property(pricing, (p) => {
        expect(liveMaximumSpend(p)).toBe(maximumSpend(p));
      }),
      { numRuns: 2000 },
    );
  });
});
