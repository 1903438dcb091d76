import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { act, assignedAssignment, call, draftAssignment, readyWorker, type Session } from "#test/given";
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

describe("immediate terms need the funds to approve", () => {
  it("refuses a person's approval without the funds, naming the amount; nothing changes; funded, it approves and pays", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t, { overrides: { paymentTermsDays: 0 } });
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    await fund(owner, 50_00);
    const refused = await call(t, owner, { method: "POST", url: `/api/v1/assignments/${assignment.id}/approve` });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "insufficient_funds", balance: 50_00, needed: 110_00 });
    expect(refused.json().detail).toContain("$110.00");
    const still = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    expect(still.json().status).toBe("submitted");
    await fund(owner, 60_00);
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
    const [invoice] = await invoicesOf(owner, assignment.id);
    expect(invoice).toMatchObject({ status: "paid", total: 110_00 });
  });

  it("lets auto-approval through without the funds: the invoice is due at once and auto-pay waits for them", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t, { overrides: { paymentTermsDays: 0 } });
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    t.clock.advance(4 * DAY);
    await t.runJobs(); // auto-approval
    await t.runJobs(); // the invoice it enqueued
    const [invoice] = await invoicesOf(owner, assignment.id);
    expect(invoice).toMatchObject({ status: "open", paymentTermsDays: 0 });
  });
});

describe("past due locks the company account", () => {
  const balance = async (as: Session) => (await call(t, as, { method: "GET", url: "/api/v1/payments/balance" })).json();
  const send = (as: Session, id: string, to: Session) =>
    call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/send`, payload: { workerIds: [to.me.id] } });

  it("after the grace days it cannot send or add workers, is told why by email and on its balance; paying unlocks at once", async () => {
    const { owner, invoice } = await approved(7);
    const other = await readyWorker(t);
    const draft = await draftAssignment(t, owner);
    t.clock.advance(9 * DAY + 60_000); // 2 days past due: warned, not locked
    await t.runJobs();
    const warned = (await balance(owner)).standing;
    expect(warned).toMatchObject({
      locked: false,
      graceDays: 3,
      pastDue: [{ currency: "USD", count: 1, total: 110_00 }],
    });
    expect(new Date(warned.locksAt).getTime()).toBe(new Date(invoice.dueAt).getTime() + 3 * DAY);
    expect((await send(owner, draft.id, other)).statusCode).toBe(200);

    const second = await draftAssignment(t, owner);
    t.clock.advance(DAY); // 3 days past due: locked
    await t.runJobs();
    expect((await balance(owner)).standing.locked).toBe(true);
    const refused = await send(owner, second.id, other);
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("company_locked");
    expect(refused.json().detail).toContain("$110.00");
    const more = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/recipients`,
      payload: { workerIds: [(await readyWorker(t)).me.id] },
    });
    expect(more.json().code).toBe("company_locked");
    const mails = (await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, owner.me.email))).map((m) => m.subject);
    expect(mails.some((m) => m.startsWith("Past due:"))).toBe(true);
    expect(mails.some((m) => m.startsWith("Account locked:"))).toBe(true);

    await fund(owner, 110_00);
    expect((await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` })).statusCode).toBe(200);
    expect((await balance(owner)).standing).toMatchObject({ locked: false, locksAt: null, pastDue: [] });
    expect((await send(owner, second.id, other)).statusCode).toBe(200);
  });

  it("a worker's balance has no standing", async () => {
    expect((await balance(await readyWorker(t))).standing).toBeNull();
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
