import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { act, assignedAssignment, call, type Session } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

const fund = (as: Session, amount: number) =>
  call(t, as, {
    method: "POST",
    url: "/api/v1/payments/funding",
    payload: { amount, currency: "USD", method: "wire" },
  });
const invoicesOf = async (as: Session, assignmentId: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignmentId}` })).json().items;

/** An approved 2-hour assignment at 50.00 (100.00 + 10.00 fee) with these payment terms. */
async function approved(terms: number, funds = 0) {
  const { owner, assignee, assignment } = await assignedAssignment(t, { overrides: { paymentTermsDays: terms } });
  if (funds > 0) {
    await fund(owner, funds);
  }
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  await act(t, owner, assignment.id, "approve");
  await t.runJobs();
  const [invoice] = await invoicesOf(owner, assignment.id);
  return { owner, assignee, assignment, invoice };
}

describe("auto-pay and immediate terms", () => {
  it("pays immediate terms at approval when the funds are there", async () => {
    const { invoice, assignee, assignment } = await approved(0, 200_00);
    expect(invoice).toMatchObject({ status: "paid", paymentTermsDays: 0 });
    const work = await call(t, assignee, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    expect(work.json().status).toBe("paid");
  });

  it("pays on the due date through the job queue, and waits while the company is short of funds", async () => {
    const { owner, invoice } = await approved(7);
    t.clock.advance(7 * DAY + 60_000);
    await t.runJobs();
    expect((await call(t, owner, { method: "GET", url: `/api/v1/invoices/${invoice.id}` })).json()).toMatchObject({
      status: "open",
      pastDue: true,
    });
    await fund(owner, 110_00);
    t.clock.advance(120_000);
    await t.runJobs();
    const after = (await call(t, owner, { method: "GET", url: `/api/v1/invoices/${invoice.id}` })).json();
    expect(after).toMatchObject({ status: "paid", pastDue: false });
  });
});

describe("reminders", () => {
  it("mails the payers 3 days and 1 day before the due date, and warns the day after", async () => {
    const { owner, invoice } = await approved(15);
    const subjects = async () =>
      // In the order they were queued: rows come back in no particular order without ORDER BY.
      (await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, owner.me.email)).orderBy(mailOutbox.createdAt))
        .map((m) => m.subject)
        .filter((s) => s.includes("invoice"));
    t.clock.advance(12 * DAY + 60_000);
    await t.runJobs();
    expect(await subjects()).toEqual([expect.stringMatching(/^Reminder: invoice/)]);
    t.clock.advance(2 * DAY);
    await t.runJobs();
    t.clock.advance(2 * DAY);
    await t.runJobs();
    const sent = await subjects();
    expect(sent).toHaveLength(3);
    expect(sent[2]).toMatch(/^Past due/);
    expect(invoice.status).toBe("open");
  });
});

describe("cancellation fee", () => {
  it("opens an invoice for the fee the client chose to pay under 24 hours; the worker sees it", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t, { startsIn: 10 });
    await act(t, owner, assignment.id, "cancel", { reason: "The store closed.", fee: 25_00 });
    await t.runJobs();
    const [invoice] = await invoicesOf(assignee, assignment.id);
    expect(invoice).toMatchObject({ kind: "cancellation_fee", amount: 25_00, fee: 2_50, total: 27_50 });
    await fund(owner, 100_00);
    const paid = await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
    expect(paid.json()).toMatchObject({ status: "paid" });
    const balance = (await call(t, assignee, { method: "GET", url: "/api/v1/payments/balance" })).json();
    expect(balance.balances[0]).toMatchObject({ available: 25_00, pending: 0 });
  });
});

describe("races", () => {
  it("pays an invoice once under 20 concurrent pay calls", async () => {
    const { owner, invoice } = await approved(30, 1_000_00);
    const answers = await Promise.all(
      Array.from({ length: 20 }, () => call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` })),
    );
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes.filter((c) => c === 200)).toHaveLength(1);
    expect(codes.filter((c) => c === 409)).toHaveLength(19);
    const balance = (await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" })).json();
    expect(balance.balances[0]).toMatchObject({ available: 1_000_00 - 110_00 });
  });

  it("pays once when auto-pay and a manual pay race", async () => {
    const { owner, invoice } = await approved(1, 1_000_00);
    t.clock.advance(DAY + 120_000);
    const [manual] = await Promise.all([
      call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` }),
      t.runJobs(),
    ]);
    expect([200, 409]).toContain(manual.statusCode);
    const balance = (await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" })).json();
    expect(balance.balances[0]).toMatchObject({ available: 1_000_00 - 110_00 });
  });
});
