import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  call,
  eventsOf,
  invoicedAssignment,
  postingClient,
  type Session,
  staffMember,
  teammate,
  verifiedPayoutAccount,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

const fund = (as: Session, payload: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(t, as, { method: "POST", url: "/api/v1/payments/funding", payload, headers });
const balanceOf = async (as: Session, currency = "USD") => {
  const response = await call(t, as, { method: "GET", url: "/api/v1/payments/balance" });
  expect(response.statusCode, response.body).toBe(200);
  const found = response.json().balances.find((b: { currency: string }) => b.currency === currency);
  return found ?? { available: 0, pending: 0, committed: 0, owed: 0 };
};
const ledgerIsClean = async () => {
  const staff = await staffMember(t);
  const checked = await call(t, staff, { method: "GET", url: "/api/v1/staff/ledger/check" });
  expect(checked.statusCode, checked.body).toBe(200);
  expect(checked.json()).toMatchObject({ ok: true, differences: [], unbalanced: [], belowFloor: [] });
};

/** An approved assignment of 2 hours at 50.00: the worker earns 100.00, the invoice is 110.00 with the 10 % fee. */
async function approvedWork(options: { terms?: number } = {}) {
  return invoicedAssignment(t, options.terms === undefined ? {} : { paymentTermsDays: options.terms });
}

describe("POST /api/v1/payments/funding", () => {
  it("settles a wire at once and says it is the sandbox", async () => {
    const owner = await postingClient(t);
    const funded = await fund(owner, { amount: 250_00, currency: "USD", method: "wire" });
    expect(funded.statusCode, funded.body).toBe(201);
    expect(funded.json()).toMatchObject({ status: "settled", provider: { name: "sandbox", testMode: true } });
    expect(await balanceOf(owner)).toMatchObject({ available: 250_00, pending: 0 });
    expect((await eventsOf(t, funded.json().id)).map((e) => e.action)).toEqual(["funding.requested"]);
  });

  it("keeps an ACH transfer pending until the provider settles it through the job queue", async () => {
    const owner = await postingClient(t);
    const funded = await fund(owner, { amount: 300_00, currency: "USD", method: "ach" });
    expect(funded.json()).toMatchObject({ status: "pending" });
    expect(await balanceOf(owner)).toMatchObject({ available: 0, pending: 300_00 });
    await t.runJobs();
    expect(await balanceOf(owner)).toMatchObject({ available: 0, pending: 300_00 });
    t.clock.advance(DAY);
    await t.runJobs();
    expect(await balanceOf(owner)).toMatchObject({ available: 300_00, pending: 0 });
    const listed = await call(t, owner, { method: "GET", url: "/api/v1/payments/funding" });
    expect(listed.json().items[0]).toMatchObject({ id: funded.json().id, status: "settled" });
    await ledgerIsClean();
  });

  it("fails the documented test amounts: a wire at once, an ACH transfer when it would settle", async () => {
    const owner = await postingClient(t);
    const wire = await fund(owner, { amount: 400_04, currency: "USD", method: "wire" });
    expect(wire.json()).toMatchObject({ status: "failed", failureReason: expect.stringContaining("Insufficient") });
    const ach = await fund(owner, { amount: 400_05, currency: "USD", method: "ach" });
    expect(ach.json()).toMatchObject({ status: "pending" });
    t.clock.advance(DAY);
    await t.runJobs();
    expect(await balanceOf(owner)).toMatchObject({ available: 0, pending: 0 });
    const listed = await call(t, owner, { method: "GET", url: "/api/v1/payments/funding" });
    expect(listed.json().items[0]).toMatchObject({
      status: "failed",
      failureReason: expect.stringContaining("closed"),
    });
  });

  it("replays an Idempotency-Key instead of funding twice", async () => {
    const owner = await postingClient(t);
    const headers = { "idempotency-key": "fund-once-1" };
    const first = await fund(owner, { amount: 10_00, currency: "USD", method: "wire" }, headers);
    const second = await fund(owner, { amount: 10_00, currency: "USD", method: "wire" }, headers);
    expect(second.json().id).toBe(first.json().id);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(await balanceOf(owner)).toMatchObject({ available: 10_00 });
  });

  it.each([
    ["negative", -5],
    ["zero", 0],
    ["fractional", 10.5],
    ["non-numeric", "12.00"],
    ["huge", 2 ** 53],
  ])("refuses a %s amount with 400 and writes nothing", async (_label, amount) => {
    const owner = await postingClient(t);
    const refused = await fund(owner, { amount, currency: "USD", method: "wire" });
    expect(refused.statusCode, refused.body).toBe(400);
    expect(refused.json()).toMatchObject({ code: "validation_failed" });
    expect((await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" })).json().balances).toEqual([]);
  });

  it("refuses an unknown currency or method, and members without the finance or admin role", async () => {
    const owner = await postingClient(t);
    expect((await fund(owner, { amount: 100, currency: "XXX", method: "wire" })).statusCode).toBe(400);
    expect((await fund(owner, { amount: 100, currency: "USD", method: "cash" })).statusCode).toBe(400);
    const manager = await teammate(t, owner, "manager");
    expect((await fund(manager, { amount: 100, currency: "USD", method: "wire" })).statusCode).toBe(403);
    const finance = await teammate(t, owner, "finance");
    expect((await fund(finance, { amount: 100, currency: "USD", method: "wire" })).statusCode).toBe(201);
  });
});

describe("approval opens an invoice; paying it pays the worker", () => {
  it("opens the invoice for the approved amount plus the fee, due after the payment terms", async () => {
    const { owner, assignee, assignment, invoice } = await approvedWork({ terms: 15 });
    // Opening the invoice moved the assignment to invoiced (payment pending) in the same transaction.
    // Both sides read the invoice on the assignment itself (the fixed shape).
    for (const side of [owner, assignee]) {
      const work = await call(t, side, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
      expect(work.json()).toMatchObject({
        status: "invoiced",
        invoice: { id: invoice.id, status: "open", fee: 10_00, total: 110_00, dueAt: invoice.dueAt, paidAt: null },
      });
    }
    const invoiced = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.invoiced");
    expect(invoiced?.data).toMatchObject({ from: "approved", to: "invoiced", invoiceId: invoice.id });
    const listed = await call(t, owner, { method: "GET", url: "/api/v1/assignments?status=invoiced" });
    expect(listed.json().items.map((a: { id: string }) => a.id)).toEqual([assignment.id]);
    expect(invoice).toMatchObject({
      status: "open",
      amount: 100_00,
      fee: 10_00,
      feeBasisPoints: 1000,
      total: 110_00,
      paymentTermsDays: 15,
      pastDue: false,
      actions: ["pay"],
    });
    expect(new Date(invoice.dueAt).getTime() - new Date(invoice.issuedAt).getTime()).toBe(15 * DAY);
    expect(await balanceOf(owner)).toMatchObject({ owed: 110_00 });
    expect(await balanceOf(assignee)).toMatchObject({ pending: 100_00, available: 0 });
    const seen = await call(t, assignee, { method: "GET", url: `/api/v1/invoices/${invoice.id}` });
    expect(seen.json()).toMatchObject({ id: invoice.id, actions: [] });
  });

  it("refuses to pay without funds (422, nothing written), then pays once the company is funded", async () => {
    const { owner, assignee, assignment, invoice } = await approvedWork();
    const pay = () => call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
    const refused = await pay();
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: "insufficient_funds" });
    await fund(owner, { amount: 200_00, currency: "USD", method: "wire" });
    const paid = await pay();
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json()).toMatchObject({ status: "paid", actions: [] });
    expect(await balanceOf(owner)).toMatchObject({ available: 90_00, owed: 0 });
    expect(await balanceOf(assignee)).toMatchObject({ pending: 0, available: 100_00 });
    const work = await call(t, assignee, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    expect(work.json()).toMatchObject({ status: "paid", invoice: { id: invoice.id, status: "paid" } });
    expect(work.json().invoice.paidAt).toBe(paid.json().paidAt);
    expect((await eventsOf(t, invoice.id)).map((e) => e.action)).toEqual(["invoice.opened", "invoice.paid"]);
    expect((await eventsOf(t, assignment.id)).map((e) => e.action)).toContain("assignment.paid");
    const again = await pay();
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "invalid_transition" });
    await ledgerIsClean();
  });

  it("lets only finance and admin pay; another company and the worker cannot", async () => {
    const { owner, assignee, invoice } = await approvedWork();
    await fund(owner, { amount: 200_00, currency: "USD", method: "wire" });
    const url = `/api/v1/invoices/${invoice.id}`;
    const manager = await teammate(t, owner, "manager");
    expect((await call(t, manager, { method: "POST", url: `${url}/pay` })).statusCode).toBe(403);
    expect((await call(t, assignee, { method: "POST", url: `${url}/pay` })).statusCode).toBe(403);
    const stranger = await postingClient(t);
    expect((await call(t, stranger, { method: "GET", url })).statusCode).toBe(404);
    expect((await call(t, stranger, { method: "POST", url: `${url}/pay` })).statusCode).toBe(404);
    const strangerList = await call(t, stranger, { method: "GET", url: "/api/v1/invoices" });
    expect(strangerList.json().items).toEqual([]);
    const finance = await teammate(t, owner, "finance");
    expect((await call(t, finance, { method: "POST", url: `${url}/pay` })).statusCode).toBe(200);
  });

  it("shows an unpaid invoice as past due with the days late", async () => {
    const { owner, invoice } = await approvedWork({ terms: 7 });
    t.clock.advance(9 * DAY + 1000);
    const late = await call(t, owner, { method: "GET", url: `/api/v1/invoices/${invoice.id}` });
    expect(late.json()).toMatchObject({ pastDue: true, daysLate: 2 });
    const pastDue = await call(t, owner, { method: "GET", url: "/api/v1/invoices?status=past_due" });
    expect(pastDue.json().items.map((i: { id: string }) => i.id)).toContain(invoice.id);
  });
});

describe("worker payouts", () => {
  it("withdraws part of the available earnings; the payout settles, or fails and returns the money", async () => {
    const { owner, assignee, invoice } = await approvedWork();
    await fund(owner, { amount: 500_00, currency: "USD", method: "wire" });
    await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
    await verifiedPayoutAccount(t, assignee);
    const payout = (amount: number) =>
      call(t, assignee, { method: "POST", url: "/api/v1/payouts", payload: { amount, currency: "USD" } });
    const tooMuch = await payout(100_01);
    expect(tooMuch.statusCode, tooMuch.body).toBe(422);
    expect(tooMuch.json()).toMatchObject({ code: "insufficient_funds" });
    const first = await payout(40_00);
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ status: "in_transit", provider: { testMode: true } });
    const second = await payout(4);
    expect(second.statusCode).toBe(201);
    expect(await balanceOf(assignee)).toMatchObject({ available: 59_96 });
    t.clock.advance(DAY);
    await t.runJobs();
    const listed = await call(t, assignee, { method: "GET", url: "/api/v1/payouts" });
    expect(listed.json().items.map((p: { status: string }) => p.status)).toEqual(["paid", "paid"]);
    expect((await call(t, owner, { method: "POST", url: "/api/v1/payouts", payload: {} })).statusCode).toBe(403);
    await ledgerIsClean();
  });

  it("returns a failed payout (sandbox test amount) to the available earnings with the reason", async () => {
    const { owner, assignee, invoice } = await approvedWork({});
    await fund(owner, { amount: 1000_00, currency: "USD", method: "wire" });
    await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
    // The sandbox's failing amount (400.04) is above one assignment's earnings: top the worker up with a direct
    // transfer (test only) rather than four more assignments.
    const { postTransfer } = await import("./ledger-steps");
    const { platformAccount, workerAccount } = await import("./ledger");
    await t.db.transaction((tx) =>
      postTransfer(tx, t.ctx(), {
        key: `test-topup:${assignee.me.id}`,
        reason: "test.topup",
        subject: { type: "worker", id: assignee.me.id },
        postings: [
          { account: platformAccount("external", "USD"), amount: -400_00 },
          { account: workerAccount(assignee.me.id, "available", "USD"), amount: 400_00 },
        ],
      }),
    );
    await verifiedPayoutAccount(t, assignee);
    const failing = await call(t, assignee, {
      method: "POST",
      url: "/api/v1/payouts",
      payload: { amount: 400_04, currency: "USD" },
    });
    expect(failing.statusCode, failing.body).toBe(201);
    expect(await balanceOf(assignee)).toMatchObject({ available: 500_00 - 400_04 });
    t.clock.advance(DAY);
    await t.runJobs();
    expect(await balanceOf(assignee)).toMatchObject({ available: 500_00 });
    const [failed] = (await call(t, assignee, { method: "GET", url: "/api/v1/payouts" })).json().items;
    expect(failed).toMatchObject({ status: "failed", failureReason: expect.stringContaining("Insufficient") });
    await ledgerIsClean();
  });
});

describe("the ledger", () => {
  it("refuses to change or delete a posted entry (immutability trigger)", async () => {
    const owner = await postingClient(t);
    await fund(owner, { amount: 10_00, currency: "USD", method: "wire" });
    await expect(t.db.execute(sql`UPDATE ledger_postings SET amount = amount + 1`)).rejects.toThrow();
    await expect(t.db.execute(sql`DELETE FROM ledger_transfers`)).rejects.toThrow();
    await ledgerIsClean();
  });

  it("gives the staff ledger check to staff admins only", async () => {
    const owner = await postingClient(t);
    expect((await call(t, owner, { method: "GET", url: "/api/v1/staff/ledger/check" })).statusCode).toBe(403);
  });
});

describe("GET /api/v1/invoices/export.csv", () => {
  it("exports the caller's own invoices with amounts in minor units; another company gets none", async () => {
    const { owner, assignee, invoice } = await approvedWork();
    const csv = await call(t, owner, { method: "GET", url: "/api/v1/invoices/export.csv?status=open" });
    expect(csv.statusCode, csv.body).toBe(200);
    expect(csv.headers["content-type"]).toContain("text/csv");
    const [header, row] = csv.body.trim().split("\n");
    expect(header).toContain("total_minor");
    expect(row).toContain(invoice.id);
    expect(row).toContain(",11000,");
    const mine = await call(t, assignee, { method: "GET", url: "/api/v1/invoices/export.csv" });
    expect(mine.body).toContain(invoice.id);
    const stranger = await postingClient(t);
    const theirs = await call(t, stranger, { method: "GET", url: "/api/v1/invoices/export.csv" });
    expect(theirs.body.trim().split("\n")).toHaveLength(1);
  });
});

describe("POST /api/v1/staff/payments/bank-transfers", () => {
  it("lets a staff admin record a real bank transfer: settled at once, not test mode, on the company's balance", async () => {
    const owner = await postingClient(t);
    const staff = await staffMember(t);
    const url = "/api/v1/staff/payments/bank-transfers";
    const payload = {
      companyId: owner.me.company?.id,
      amount: 75_00,
      currency: "USD",
      reference: "WIRE 2026-12-06 #88",
    };
    const recorded = await call(t, staff, { method: "POST", url, payload });
    expect(recorded.statusCode, recorded.body).toBe(201);
    expect(recorded.json()).toMatchObject({ method: "recorded", status: "settled", provider: { testMode: false } });
    expect(await balanceOf(owner)).toMatchObject({ available: 75_00 });
    const unknown = { ...payload, companyId: "00000000-0000-4000-8000-000000000000" };
    const refused = await call(t, staff, { method: "POST", url, payload: unknown });
    expect(refused.statusCode).toBe(404);
    expect((await call(t, owner, { method: "POST", url, payload })).statusCode).toBe(403);
    await ledgerIsClean();
  });
});
