import { describe, expect, it } from "vitest";
import { call, invoicedAssignment, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const staffRead = (as: Session | null, companyId: string) =>
  call(t, as, { method: "GET", url: `/api/v1/staff/companies/${companyId}/payments` });
const ownBalance = async (as: Session) =>
  (await call(t, as, { method: "GET", url: "/api/v1/payments/balance" })).json();
const backdate = (as: Session, id: string, days: number) =>
  call(t, as, { method: "POST", url: `/api/v1/staff/sandbox/invoices/${id}/backdate`, payload: { days } });

/** A company with one open invoice of 110.00 (2 hours at 50.00 plus the 10 % fee), due in 15 days. */
async function companyWithOpenInvoice() {
  const { owner, invoice } = await invoicedAssignment(t);
  return { owner, invoice, companyId: owner.me.company?.id ?? "" };
}

describe("GET /api/v1/staff/companies/{id}/payments", () => {
  it("shows any staff member the company's balances, open invoices, what is past due and the lock with its reason", async () => {
    process.env.WORKLANE_SANDBOX_CONTROLS = "true";
    try {
      const { owner, invoice, companyId } = await companyWithOpenInvoice();
      // A bank transfer (ACH) stays pending until its settlement job runs: pending funding, nothing available.
      const added = await call(t, owner, {
        method: "POST",
        url: "/api/v1/payments/funding",
        payload: { amount: 50_00, currency: "USD", method: "ach" },
      });
      expect(added.statusCode, added.body).toBe(201);
      const reader = await staffMember(t, "trust_safety");
      const admin = await staffMember(t, "admin");

      const current = await staffRead(reader, companyId);
      expect(current.statusCode, current.body).toBe(200);
      const body = current.json();
      // The balances are the company's own, as its Payments page reads them.
      expect(body.balances).toEqual((await ownBalance(owner)).balances);
      expect(body).toMatchObject({
        company: { id: companyId, name: owner.me.company?.name },
        balances: [{ currency: "USD", available: 0, pending: 50_00, committed: 0, owed: 110_00 }],
        openInvoices: [{ currency: "USD", count: 1, total: 110_00 }],
        standing: {
          pastDue: [],
          locked: false,
          locksAt: null,
          oldestDueAt: null,
          daysLate: 0,
          lockReason: null,
          graceDays: 3,
        },
        provider: { testMode: true },
      });

      // Past due by a day: counted, not yet locked; it locks when the grace days end.
      expect((await backdate(admin, invoice.id, 16)).statusCode).toBe(200);
      const late = (await staffRead(reader, companyId)).json();
      expect(late.standing).toMatchObject({
        pastDue: [{ currency: "USD", count: 1, total: 110_00 }],
        locked: false,
        daysLate: 1,
        lockReason: null,
      });
      expect(new Date(late.standing.locksAt).getTime() - new Date(late.standing.oldestDueAt).getTime()).toBe(
        3 * 86_400_000,
      );
      // The standing is the one the company reads (the same rule that refuses its sends).
      const { standing: own } = await ownBalance(owner);
      expect(late.standing).toMatchObject(own);

      // Four days late: locked since the grace days ended, and the reason the company hears.
      expect((await backdate(admin, invoice.id, 3)).statusCode).toBe(200);
      const locked = (await staffRead(reader, companyId)).json();
      expect(locked.standing).toMatchObject({
        locked: true,
        daysLate: 4,
        lockReason: "1 invoice of $110.00 more than 3 days past due",
      });
      expect(new Date(locked.standing.locksAt).getTime()).toBeLessThan(Date.now());
      expect(locked.openInvoices).toEqual([{ currency: "USD", count: 1, total: 110_00 }]);
    } finally {
      delete process.env.WORKLANE_SANDBOX_CONTROLS;
    }
  });

  it("is 404 for an unknown company, and for staff only", async () => {
    const staff = await staffMember(t, "escalations");
    const unknown = await staffRead(staff, "00000000-0000-4000-8000-000000000000");
    expect(unknown.statusCode, unknown.body).toBe(404);
    expect(unknown.json().code).toBe("not_found");
    const { owner, companyId } = await companyWithOpenInvoice();
    expect((await staffRead(null, companyId)).statusCode).toBe(401);
    expect((await staffRead(owner, companyId)).statusCode).toBe(403);
    expect((await staffRead(await worker(t), companyId)).statusCode).toBe(403);
  });
});
