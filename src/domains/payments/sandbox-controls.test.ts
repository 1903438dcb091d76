import { afterEach, describe, expect, it } from "vitest";
import { call, draftAssignment, invoicedAssignment, readyWorker, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const backdate = (as: Session, id: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: `/api/v1/staff/sandbox/invoices/${id}/backdate`, payload });
const standing = async (as: Session) =>
  (await call(t, as, { method: "GET", url: "/api/v1/payments/balance" })).json().standing;

const openInvoice = () => invoicedAssignment(t);

afterEach(() => {
  delete process.env.WORKLANE_SANDBOX_CONTROLS;
});

/** The invoice the assignment view carries, as the caller reads it on the assignment. */
const viewInvoice = async (as: Session, assignmentId: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${assignmentId}` })).json().invoice;

describe("POST /api/v1/staff/sandbox/invoices/{id}/backdate (sandbox only)", () => {
  it("is refused unless the server switched sandbox controls on", async () => {
    const { invoice } = await openInvoice();
    const staff = await staffMember(t);
    const off = await backdate(staff, invoice.id, { days: 20 });
    expect(off.statusCode).toBe(403);
    expect(off.json().code).toBe("sandbox_controls_off");
  });

  it("moves an open invoice past due, then past the grace: the company locks; paying unlocks it at once", async () => {
    process.env.WORKLANE_SANDBOX_CONTROLS = "true";
    const { owner, invoice } = await openInvoice();
    const staff = await staffMember(t);
    const late = await backdate(staff, invoice.id, { days: 16 });
    expect(late.statusCode, late.body).toBe(200);
    expect(late.json()).toMatchObject({ pastDue: true, daysLate: 1, status: "open" });
    // The assignment view's invoice says the same (the assignment page's payment section shows it from there).
    expect(await viewInvoice(owner, invoice.assignment.id)).toMatchObject({
      pastDue: true,
      daysLate: 1,
      autoPaid: false,
    });
    expect(await standing(owner)).toMatchObject({ locked: false, pastDue: [{ count: 1, total: 110_00 }] });
    const locked = await backdate(staff, invoice.id, { days: 3 });
    expect(locked.json()).toMatchObject({ daysLate: 4 });
    expect((await standing(owner)).locked).toBe(true);
    const draft = await draftAssignment(t, owner);
    const worker = await readyWorker(t);
    const send = () =>
      call(t, owner, {
        method: "POST",
        url: `/api/v1/assignments/${draft.id}/send`,
        payload: { workerIds: [worker.me.id] },
      });
    expect((await send()).json().code).toBe("company_locked");
    await call(t, owner, {
      method: "POST",
      url: "/api/v1/payments/funding",
      payload: { amount: 200_00, currency: "USD", method: "wire" },
    });
    expect((await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` })).statusCode).toBe(200);
    expect((await standing(owner)).locked).toBe(false);
    expect((await send()).statusCode).toBe(200);
    // Paid by a person: not auto-pay, and no longer late.
    expect(await viewInvoice(owner, invoice.assignment.id)).toMatchObject({
      status: "paid",
      daysLate: 0,
      autoPaid: false,
    });
    // Only open invoices move; bad input and other people are refused.
    const paid = await backdate(staff, invoice.id, { days: 1 });
    expect(paid.statusCode).toBe(409);
    expect(paid.json()).toMatchObject({ code: "invalid_transition", currentStatus: "paid" });
    for (const days of [0, 366, 1.5, "2", null]) {
      expect((await backdate(staff, invoice.id, { days })).statusCode, String(days)).toBe(400);
    }
    expect((await backdate(staff, "00000000-0000-4000-8000-000000000000", { days: 1 })).statusCode).toBe(404);
    expect((await backdate(owner, invoice.id, { days: 1 })).statusCode).toBe(403);
  });

  it("queues the auto-pay run for the new due date: a funded company's invoice is paid without anyone clicking", async () => {
    process.env.WORKLANE_SANDBOX_CONTROLS = "true";
    const { owner, invoice } = await openInvoice();
    await call(t, owner, {
      method: "POST",
      url: "/api/v1/payments/funding",
      payload: { amount: 200_00, currency: "USD", method: "wire" },
    });
    const staff = await staffMember(t);
    // Still 5 days ahead: the run waits for the due date.
    expect((await backdate(staff, invoice.id, { days: 10 })).statusCode).toBe(200);
    await t.runJobs();
    const read = async () => (await call(t, owner, { method: "GET", url: `/api/v1/invoices/${invoice.id}` })).json();
    expect(await read()).toMatchObject({ status: "open", autoPaid: false });
    const due = await backdate(staff, invoice.id, { days: 5 });
    expect(due.json()).toMatchObject({ status: "open", daysLate: 0 });
    await t.runJobs();
    expect(await read()).toMatchObject({ status: "paid", autoPaid: true });
    expect(await viewInvoice(owner, invoice.assignment.id)).toMatchObject({ status: "paid", autoPaid: true });
    expect((await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" })).json().balances).toMatchObject([
      { currency: "USD", available: 90_00 },
    ]);
  });
});
