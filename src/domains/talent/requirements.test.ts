import { describe, expect, it } from "vitest";
import type { Requirement } from "./contract";
import {
  type CredentialFact,
  effectiveStatus,
  evaluate,
  milesBetween,
  monthsBefore,
  type WorkerFacts,
} from "./requirements";

const now = new Date("2026-10-02T15:00:00Z");
const verified = { decision: "verified", reason: null } as const;
const austin = { latitude: 30.2672, longitude: -97.7431 };
const dallas = { latitude: 32.7767, longitude: -96.797 };

const licence = (over: Partial<CredentialFact> = {}): CredentialFact => ({
  kind: "licence",
  name: "Electrician",
  region: "TX",
  coverage: null,
  performedOn: null,
  expiresOn: "2027-01-01",
  review: verified,
  ...over,
});

function facts(over: Partial<WorkerFacts> = {}): WorkerFacts {
  return { credentials: [], skills: [], industries: [], country: "US", home: austin, ...over };
}

const one = (requirement: Requirement, f: WorkerFacts, site = austin) => {
  const [check] = evaluate([requirement], f, { now, site });
  if (!check) {
    throw new Error("no check");
  }
  return check;
};

describe("evaluate: credentials", () => {
  const wanted: Requirement = { type: "licence", name: "electrician", region: "tx" };

  it("meets a verified licence in the region, names matched ignoring case", () => {
    expect(one(wanted, facts({ credentials: [licence()] }))).toMatchObject({
      met: true,
      reason: "licence: electrician, tx: verified, valid through 2027-01-01",
    });
  });

  it("counts a licence expiring today (valid through the end of its day, UTC) and not one that expired yesterday", () => {
    expect(one(wanted, facts({ credentials: [licence({ expiresOn: "2026-10-02" })] })).met).toBe(true);
    expect(one(wanted, facts({ credentials: [licence({ expiresOn: "2026-10-01" })] }))).toMatchObject({
      met: false,
      reason: "licence: electrician, tx: expired on 2026-10-01",
    });
    expect(effectiveStatus({ expiresOn: "2026-10-02", review: verified }, new Date("2026-10-02T23:59:59.999Z"))).toBe(
      "verified",
    );
    expect(effectiveStatus({ expiresOn: "2026-10-02", review: verified }, new Date("2026-10-03T00:00:00Z"))).toBe(
      "expired",
    );
  });

  it("says why not: none, another region, awaiting verification, rejected with its reason", () => {
    expect(one(wanted, facts()).reason).toBe("licence: electrician, tx: none on file");
    expect(one(wanted, facts({ credentials: [licence({ region: "OK" })] })).reason).toBe(
      "licence: electrician, tx: none on file",
    );
    expect(one(wanted, facts({ credentials: [licence({ review: null })] })).reason).toBe(
      "licence: electrician, tx: awaiting verification",
    );
    expect(
      one(wanted, facts({ credentials: [licence({ review: { decision: "rejected", reason: "blurry scan" } })] }))
        .reason,
    ).toBe("licence: electrician, tx: rejected (blurry scan)");
  });

  it("prefers a verified credential over an expired one of the same kind", () => {
    const both = [licence({ expiresOn: "2025-01-01" }), licence()];
    expect(one(wanted, facts({ credentials: both })).met).toBe(true);
  });

  it("meets insurance at exactly the minimum coverage, not a cent below, nor in another currency", () => {
    const cover = (amount: number, currency: "USD" | "EUR" = "USD"): CredentialFact =>
      licence({ kind: "insurance", name: "General liability", region: null, coverage: { amount, currency } });
    const need: Requirement = {
      type: "insurance",
      name: "general liability",
      minCoverage: { amount: 100_000_000, currency: "USD" },
    };
    expect(one(need, facts({ credentials: [cover(100_000_000)] })).met).toBe(true);
    expect(one(need, facts({ credentials: [cover(99_999_999)] }))).toMatchObject({
      met: false,
      reason: "insurance: general liability of at least $1,000,000.00: coverage $999,999.99 is below it",
    });
    expect(one(need, facts({ credentials: [cover(200_000_000, "EUR")] })).met).toBe(false);
  });

  it("meets a screening done exactly N months ago, not a day earlier", () => {
    const screening = (performedOn: string): CredentialFact =>
      licence({ kind: "screening", name: "background", region: null, expiresOn: null, performedOn });
    const need: Requirement = { type: "screening", screening: "background", withinMonths: 12 };
    expect(one(need, facts({ credentials: [screening("2025-10-02")] })).met).toBe(true);
    expect(one(need, facts({ credentials: [screening("2025-10-01")] }))).toMatchObject({
      met: false,
      reason: "background screening within 12 months: the last was on 2025-10-01, before 2025-10-02",
    });
    expect(monthsBefore("2026-03-31", 1)).toBe("2026-02-28");
    expect(monthsBefore("2026-01-15", 13)).toBe("2024-12-15");
  });
});

describe("evaluate: profile and place", () => {
  it("checks industry, skill (ignoring case) and country from the profile", () => {
    const f = facts({ skills: ["Fiber Splicing"], industries: ["Telecommunications"], country: "US" });
    expect(one({ type: "skill", skill: "fiber splicing" }, f).met).toBe(true);
    expect(one({ type: "skill", skill: "Welding" }, f).reason).toBe("skill: Welding: not on the profile");
    expect(one({ type: "industry", industry: "Telecommunications" }, f).met).toBe(true);
    expect(one({ type: "industry", industry: "HVAC" }, f).met).toBe(false);
    expect(one({ type: "country", country: "US" }, f).met).toBe(true);
    expect(one({ type: "country", country: "CA" }, f).reason).toBe("country: CA: lives in US");
    expect(one({ type: "country", country: "US" }, facts({ country: null })).met).toBe(false);
  });

  it("counts a home exactly at the distance limit as within it", () => {
    const miles = milesBetween(austin, dallas);
    expect(miles).toBeGreaterThan(180);
    expect(miles).toBeLessThan(190);
    const home = facts({ home: dallas });
    expect(one({ type: "distance", maxMiles: miles }, home, austin).met).toBe(true);
    expect(one({ type: "distance", maxMiles: miles - 0.001 }, home, austin)).toMatchObject({
      met: false,
      reason: `within ${miles - 0.001} miles of the assignment: ${miles.toFixed(1)} miles away`,
    });
  });

  it("holds a distance for remote work and refuses a worker without a home location", () => {
    expect(evaluate([{ type: "distance", maxMiles: 10 }], facts(), { now, site: null })[0]?.met).toBe(true);
    expect(one({ type: "distance", maxMiles: 10 }, facts({ home: null })).reason).toBe(
      "within 10 miles of the assignment: no home location on the profile",
    );
  });

  it("answers in the set's order, one check per requirement", () => {
    const checks = evaluate(
      [
        { type: "skill", skill: "A" },
        { type: "country", country: "US" },
      ],
      facts({ skills: ["a"] }),
      { now, site: austin },
    );
    expect(checks.map((c) => [c.requirement.type, c.met])).toEqual([
      ["skill", true],
      ["country", true],
    ]);
  });
});
