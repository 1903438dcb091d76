import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { memberships } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/index";
import { companies } from "#domains/companies/index";
import { payments } from "#domains/payments/index";
import { workers } from "#domains/workers/index";
import { type Currency, currencies } from "#shared/money";
import { call, readyWorker } from "#test/given";
import { testApp } from "#test/harness";
import { addFunds } from "../payments/actions/add-funds";
import { demo } from "./demo";

const t = await testApp();

describe("the ratings demo", () => {
  it("gives three companies different reputations: satisfaction, approval speed and late payment", async () => {
    let state = 11;
    const random = () => {
      state = (state * 16807) % 2147483647;
      return state / 2147483647;
    };
    // Scale 0.4 makes three demo companies (companies/demo.ts: 8 × scale).
    const options = { random, scale: 0.4, progress: () => undefined };
    for (const step of [companies.demo, workers.demo]) {
      await step?.(t.ctx(), options);
    }
    // Immediate terms need funds to approve (issue 11); the demo companies get some in every currency first.
    const admins = await t.db.select().from(memberships).where(eq(memberships.role, "admin"));
    for (const admin of admins) {
      const asAdmin = t.ctx({
        kind: "user",
        userId: admin.userId,
        accountType: "client",
        companyId: admin.companyId,
        companyRole: "admin",
        staffRole: null,
        sessionId: null,
        apiKeyId: null,
      });
      for (const currency of Object.keys(currencies) as Currency[]) {
        await addFunds(asAdmin, { amount: 100_000_00, currency, method: "wire" });
      }
    }
    for (const step of [assignments.demo, payments.demo, demo]) {
      await step?.(t.ctx(), options);
    }
    const rows = await t.db.execute(
      "SELECT company_id, count(*)::int AS n FROM ratings WHERE rates = 'company' AND published_at IS NOT NULL GROUP BY company_id",
    );
    const rated = (rows as unknown as { rows: { company_id: string; n: number }[] }).rows;
    expect(rated.length).toBe(3);
    const reader = await readyWorker(t);
    const satisfaction: number[] = [];
    for (const { company_id } of rated) {
      const card = await call(t, reader, { method: "GET", url: `/api/v1/companies/${company_id}/scorecard` });
      const figure = card.json().last90Days.find((f: { key: string }) => f.key === "satisfaction");
      satisfaction.push(figure.value);
    }
    expect(satisfaction.some((v) => v < 0.75)).toBe(true);
    expect(satisfaction.some((v) => v === 1)).toBe(true);

    // One good, one slow to approve, one late to pay (by company id, as the three demos take them).
    const red: Record<string, { value: number | null; count: number; red: boolean }>[] = [];
    for (const id of rated.map((r) => r.company_id).sort()) {
      const card = await call(t, reader, { method: "GET", url: `/api/v1/companies/${id}/scorecard` });
      const figures = card.json().last90Days as { key: string; value: number | null; count: number; red: boolean }[];
      red.push(Object.fromEntries(figures.map((f) => [f.key, f])));
    }
    const [good, slow, late] = red;
    expect(good?.approvalDays?.red).toBe(false);
    expect(good?.daysLate).toMatchObject({ value: 0, red: false });
    expect(good?.paidOnTime?.value).toBe(1);
    expect(good?.paidOnTime?.count).toBeGreaterThanOrEqual(2);
    expect(slow?.approvalDays?.red).toBe(true);
    expect(slow?.daysLate?.red).toBe(false);
    expect(late?.daysLate?.red).toBe(true);
    expect(late?.approvalDays?.red).toBe(false);
  }, 300_000);
});
