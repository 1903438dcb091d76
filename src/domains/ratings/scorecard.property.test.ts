/**
 * The scorecards are kept incrementally (hooks.ts, steps.ts); here random histories built through the API are
 * recomputed directly from the raw records (assignments, invoices, ratings, the approval events) and both must agree,
 * for the last 90 days and all time. Plus the window's edges: 89 days in, 91 days out.
 */
import { and, eq, isNotNull } from "drizzle-orm";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignments } from "#domains/assignments/tables";
import { invoices } from "#domains/payments/tables";
import { events } from "#platform/tables";
import {
  act,
  call,
  PASSWORD,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  sessionFrom,
} from "#test/given";
import { testApp } from "#test/harness";
import { DAY_MS, windowStart } from "./figures";
import { ratings } from "./tables";

const t = await testApp();
const HOUR = 3_600_000;
const levels = ["excellent", "satisfied", "unsatisfied"] as const;

const Fate = fc.record({
  end: fc.constantFrom("approved", "paid", "cancelled"),
  startsIn: fc.constantFrom(12, 30, 72),
  waitDays: fc.integer({ min: 0, max: 6 }),
  payAfterDays: fc.integer({ min: 0, max: 20 }),
  fee: fc.boolean(),
  companyRates: fc.option(fc.constantFrom(...levels), { nil: null }),
  workerRates: fc.option(fc.constantFrom(...levels), { nil: null }),
});
type Fate = typeof Fate extends fc.Arbitrary<infer T> ? T : never;

const round2 = (n: number) => Math.round(n * 100) / 100;
const days = (from: Date, to: Date) => round2((to.getTime() - from.getTime()) / DAY_MS);

/** Logs the person in again (sessions expire over the weeks a history spans), keeping the same Session object. */
async function relogin(...people: Session[]) {
  for (const as of people) {
    const login = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: as.me.email, password: PASSWORD },
      remoteAddress: `10.9.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`,
    });
    expect(login.statusCode, login.body).toBe(200);
    Object.assign(as, sessionFrom(login));
  }
}

async function live(owner: Session, worker: Session, fate: Fate) {
  // Auto-pay settles what fell due meanwhile (the company is funded), so a past-due lock never stops the history.
  await t.runJobs();
  await relogin(owner, worker);
  const sent = await sentAssignment(t, owner, [worker], { paymentTermsDays: 7 }, fate.startsIn);
  const id = sent.id;
  await act(t, worker, id, "accept");
  if (fate.end === "cancelled") {
    const late = fate.startsIn < 24;
    await act(t, owner, id, "cancel", { reason: "Plans changed", ...(late && fate.fee ? { fee: 1_000 } : {}) });
  } else {
    await act(t, worker, id, "check-in", {});
    await act(t, worker, id, "submit", { hours: 2 });
    t.clock.advance(fate.waitDays * DAY_MS);
    await relogin(owner, worker);
    await act(t, owner, id, "approve");
    await t.runJobs();
    if (fate.end === "paid") {
      t.clock.advance(fate.payAfterDays * DAY_MS);
      await relogin(owner, worker);
      const [invoice] = await t.db.select().from(invoices).where(eq(invoices.assignmentId, id));
      if (invoice?.status === "open") {
        const paid = await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
        expect(paid.statusCode, paid.body).toBe(200);
      }
    }
  }
  const dims = (level: string, names: string[]) => Object.fromEntries(names.map((n) => [n, level]));
  if (fate.companyRates) {
    const payload = {
      rates: "worker",
      overall: fate.companyRates,
      review: "ok",
      ...dims(fate.companyRates, ["quality", "professionalism", "communication"]),
    };
    expect(
      (await call(t, owner, { method: "POST", url: `/api/v1/assignments/${id}/ratings`, payload })).statusCode,
    ).toBe(201);
  }
  if (fate.workerRates) {
    const payload = {
      rates: "company",
      overall: fate.workerRates,
      review: "ok",
      ...dims(fate.workerRates, ["clarity", "communication", "paymentAsPromised"]),
    };
    expect(
      (await call(t, worker, { method: "POST", url: `/api/v1/assignments/${id}/ratings`, payload })).statusCode,
    ).toBe(201);
  }
  t.clock.advance(HOUR);
}

type Fig = { count: number; total: number };
const add = (m: Map<string, Fig>, key: string, value: number) => {
  const f = m.get(key) ?? { count: 0, total: 0 };
  m.set(key, { count: f.count + 1, total: f.total + value });
};

/** The company's figures computed straight from the raw records, over the events whose time `counts`. */
async function recompute(companyId: string, counts: (at: Date) => boolean) {
  const m = new Map<string, Fig>();
  const inWindow = (at: Date | null) => at !== null && counts(at);
  const rows = await t.db.select().from(assignments).where(eq(assignments.companyId, companyId));
  for (const a of rows) {
    if (a.approvedAt && inWindow(a.approvedAt)) {
      add(m, "approvalDays", a.submittedAt ? days(a.submittedAt, a.approvedAt) : 0);
      const [approval] = await t.db
        .select()
        .from(events)
        .where(and(eq(events.subjectId, a.id), eq(events.action, "assignment.approved")));
      add(m, "approvedBeforeDeadline", approval?.data.auto === true ? 0 : 1);
    }
    if (a.status === "cancelled" && a.assignedWorkerId && inWindow(a.cancelledAt)) {
      add(m, "cancellations", 1);
      if (a.cancellationFeeOffered) {
        add(m, "lateCancellations", 1);
        if ((a.cancellationFee ?? 0) > 0) {
          add(m, "lateCancellationFeesPaid", 1);
        }
      }
    }
  }
  const paid = await t.db
    .select()
    .from(invoices)
    .where(and(eq(invoices.companyId, companyId), isNotNull(invoices.paidAt)));
  for (const i of paid) {
    if (i.paidAt && inWindow(i.paidAt)) {
      const late = Math.max(0, days(i.dueAt, i.paidAt));
      add(m, "paidOnTime", late > 0 ? 0 : 1);
      add(m, "daysLate", late);
    }
  }
  const rated = await t.db
    .select()
    .from(ratings)
    .where(and(eq(ratings.companyId, companyId), eq(ratings.rates, "company"), isNotNull(ratings.publishedAt)));
  for (const r of rated) {
    if (inWindow(r.publishedAt)) {
      add(m, "satisfaction", r.overall === "unsatisfied" ? 0 : 1);
    }
  }
  return m;
}

const expected = (m: Map<string, Fig>, key: string, kind: "share" | "average" | "tally") => {
  const f = m.get(key) ?? { count: 0, total: 0 };
  if (kind === "tally") {
    return { count: f.count, value: f.count };
  }
  if (f.count === 0) {
    return { count: 0, value: null };
  }
  const raw = f.total / f.count;
  return { count: f.count, value: kind === "share" ? Math.round(raw * 10_000) / 10_000 : Math.round(raw * 100) / 100 };
};

const kinds = {
  approvalDays: "average",
  approvedBeforeDeadline: "share",
  paidOnTime: "share",
  daysLate: "average",
  satisfaction: "share",
  cancellations: "tally",
  lateCancellations: "tally",
  lateCancellationFeesPaid: "tally",
} as const;

async function scorecardOf(as: Session, companyId: string) {
  const response = await call(t, as, { method: "GET", url: `/api/v1/companies/${companyId}/scorecard` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Record<"last90Days" | "allTime", { key: string; value: number | null; count: number }[]>;
}

type MonthlyCard = {
  months: string[];
  figures: { key: string; points: { month: string; value: number | null; count: number }[] }[];
};

describe("Company Scorecard: incremental equals recomputed", () => {
  it("agrees with a direct computation over random histories, in both windows", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(Fate, { minLength: 2, maxLength: 5 }),
        fc.integer({ min: 0, max: 120 }),
        async (fates, jump) => {
          const owner = await postingClient(t);
          const worker = await readyWorker(t);
          const funded = await call(t, owner, {
            method: "POST",
            url: "/api/v1/payments/funding",
            payload: { amount: 1_000_000_00, currency: "USD", method: "wire" },
          });
          expect(funded.statusCode, funded.body).toBe(201);
          for (const fate of fates) {
            await live(owner, worker, fate);
          }
          t.clock.advance(jump * DAY_MS);
          const companyId = String(owner.me.company?.id);
          // Sessions expire over long jumps: a worker signed up now reads it (scorecards are open to everyone).
          const reader = await readyWorker(t);
          const card = await scorecardOf(reader, companyId);
          const now = t.clock.now();
          const windows = { allTime: null, last90Days: new Date(`${windowStart(now)}T00:00:00.000Z`) } as const;
          for (const [window, from] of Object.entries(windows) as ["allTime" | "last90Days", Date | null][]) {
            const m = await recompute(companyId, (at) => from === null || at >= from);
            for (const [key, kind] of Object.entries(kinds)) {
              const figure = card[window].find((f) => f.key === key);
              expect({ window, key, count: figure?.count, value: figure?.value }).toEqual({
                window,
                key,
                ...expected(m, key, kind),
              });
            }
          }
          // Each of the last 12 months from the kept month sums equals the same month recomputed from the records.
          const monthly = await call(t, reader, {
            method: "GET",
            url: `/api/v1/companies/${companyId}/scorecard/monthly`,
          });
          expect(monthly.statusCode, monthly.body).toBe(200);
          const { months, figures } = monthly.json() as MonthlyCard;
          expect(months).toHaveLength(12);
          expect(months.at(-1)).toBe(now.toISOString().slice(0, 7));
          for (const month of months) {
            const m = await recompute(companyId, (at) => at.toISOString().startsWith(month));
            for (const [key, kind] of Object.entries(kinds)) {
              const point = figures.find((f) => f.key === key)?.points.find((p) => p.month === month);
              expect({ month, key, count: point?.count, value: point?.value }).toEqual({
                month,
                key,
                ...expected(m, key, kind),
              });
            }
          }
        },
      ),
      { numRuns: 4, endOnFailure: true },
    );
    // Four random histories of up to five assignments each go through the API: 30 s on a quiet machine, so a budget
    // for a loaded one (the suite beside CI's PostgreSQL run took 30 s at the default and failed on time alone).
  }, 180_000);

  it("counts an approval 89 days old in the last 90 days and one 91 days old only in all time", async () => {
    // Noon UTC, a day ahead: "89 days old" then stays inside the day 89 days back whatever time the suite runs at.
    const noon = new Date(`${new Date(t.clock.now().getTime() + DAY_MS).toISOString().slice(0, 10)}T12:00:00.000Z`);
    t.clock.set(noon);
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const companyId = String(owner.me.company?.id);
    await live(owner, worker, {
      end: "approved",
      startsIn: 72,
      waitDays: 4,
      payAfterDays: 0,
      fee: false,
      companyRates: null,
      workerRates: null,
    });
    const approval = (card: Awaited<ReturnType<typeof scorecardOf>>, window: "last90Days" | "allTime") =>
      card[window].find((f) => f.key === "approvalDays");
    t.clock.advance(89 * DAY_MS);
    const at89 = await scorecardOf(await readyWorker(t), companyId);
    expect(approval(at89, "last90Days")).toMatchObject({ count: 1, red: true });
    t.clock.advance(2 * DAY_MS);
    const reader = await readyWorker(t);
    const at91 = await scorecardOf(reader, companyId);
    expect(approval(at91, "last90Days")).toMatchObject({ count: 0, value: null, red: false });
    expect(approval(at91, "allTime")).toMatchObject({ count: 1 });
    const drill = await call(t, reader, {
      method: "GET",
      url: `/api/v1/companies/${companyId}/scorecard/approvalDays?window=allTime`,
    });
    expect(drill.json().items).toHaveLength(1);
    expect(drill.json().items[0].note).toContain("Approved 4");
    const recent = await call(t, reader, {
      method: "GET",
      url: `/api/v1/companies/${companyId}/scorecard/approvalDays`,
    });
    expect(recent.json().items).toHaveLength(0);
  });
});
