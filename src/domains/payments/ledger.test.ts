import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { daysLate, dueDate, feeFor } from "./fees";
import {
  assertBalanced,
  companyAccount,
  netPostings,
  PLATFORM_SHARDS,
  platformAccount,
  platformShard,
  workerAccount,
} from "./ledger";

const company = companyAccount("00000000-0000-4000-8000-000000000001", "available", "USD");
const worker = workerAccount("00000000-0000-4000-8000-000000000002", "available", "USD");
const fees = platformAccount("fee_revenue", "USD");

describe("assertBalanced", () => {
  it("accepts postings that sum to zero per currency and refuses the rest", () => {
    expect(() =>
      assertBalanced([
        { account: company, amount: -110 },
        { account: worker, amount: 100 },
        { account: fees, amount: 10 },
      ]),
    ).not.toThrow();
    expect(() =>
      assertBalanced([
        { account: company, amount: -110 },
        { account: worker, amount: 100 },
      ]),
    ).toThrow(/sum to -10/);
    expect(() => assertBalanced([{ account: company, amount: 5 }])).toThrow(/two postings/);
    expect(() =>
      assertBalanced([
        { account: company, amount: 0 },
        { account: worker, amount: 0 },
      ]),
    ).toThrow(/non-zero/);
    expect(() =>
      assertBalanced([
        { account: company, amount: 0.5 },
        { account: worker, amount: -0.5 },
      ]),
    ).toThrow(/whole/);
    const euros = workerAccount("00000000-0000-4000-8000-000000000002", "available", "EUR");
    expect(() =>
      assertBalanced([
        { account: company, amount: -5 },
        { account: euros, amount: 5 },
      ]),
    ).toThrow(/USD/);
  });

  it("stays exact near 2^53 (BigInt sums)", () => {
    const max = Number.MAX_SAFE_INTEGER;
    expect(() =>
      assertBalanced([
        { account: company, amount: max },
        { account: fees, amount: max },
        { account: worker, amount: -max },
        { account: worker, amount: -max },
      ]),
    ).not.toThrow();
  });

  it("nets postings per account: any balanced set stays balanced and each account appears once", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(
            fc.constantFrom(company, worker, fees),
            fc.integer({ min: -1e9, max: 1e9 }).filter((n) => n !== 0),
          ),
          { minLength: 1, maxLength: 12 },
        ),
        (raw) => {
          const postings = raw.map(([account, amount]) => ({ account, amount }));
          const sum = postings.reduce((total, p) => total + p.amount, 0);
          const balanced = sum === 0 ? postings : [...postings, { account: fees, amount: -sum }];
          const net = netPostings(balanced);
          expect(new Set(net.map((p) => p.account.ownerType + p.account.kind)).size).toBe(net.length);
          expect(net.reduce((total, p) => total + p.amount, 0)).toBe(0);
        },
      ),
    );
  });
});

describe("fees and terms", () => {
  it("rounds the fee half up to the minor unit, exactly, for any amount up to 2^53-1", () => {
    expect(feeFor(10_000, 1000)).toBe(1000);
    expect(feeFor(5, 1000)).toBe(1);
    expect(feeFor(4, 1000)).toBe(0);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
        fc.integer({ min: 0, max: 10_000 }),
        (amount, bp) => {
          const fee = feeFor(amount, bp);
          const exact = (BigInt(amount) * BigInt(bp)) / 10_000n;
          expect(BigInt(fee) === exact || BigInt(fee) === exact + 1n).toBe(true);
          expect(fee).toBeLessThanOrEqual(amount);
        },
      ),
    );
  });

  it("dates the invoice and counts days late in whole days", () => {
    const issued = new Date("2026-01-01T12:00:00Z");
    expect(dueDate(issued, 30).toISOString()).toBe("2026-01-31T12:00:00.000Z");
    expect(daysLate(dueDate(issued, 0), new Date("2026-01-03T11:00:00Z"))).toBe(1);
    expect(daysLate(dueDate(issued, 30), issued)).toBe(0);
  });
});

describe("platformShard", () => {
  it("gives every transfer of one subject the same shard and spreads subjects over all the shards", () => {
    const ids = Array.from({ length: 2000 }, () => crypto.randomUUID());
    for (const id of ids.slice(0, 50)) {
      expect(platformShard(id)).toBe(platformShard(id));
    }
    const used = new Set(ids.map(platformShard));
    expect([...used].sort((a, b) => a - b)).toEqual(Array.from({ length: PLATFORM_SHARDS }, (_, i) => i));
  });
});
