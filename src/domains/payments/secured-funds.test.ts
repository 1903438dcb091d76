import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import {
  act,
  call,
  draftAssignment,
  eventsOf,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  staffMember,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";
import { fundCommitments } from "./tables";

const t = await testApp();

const fund = (as: Session, amount: number) =>
  call(t, as, {
    method: "POST",
    url: "/api/v1/payments/funding",
    payload: { amount, currency: "USD", method: "wire" },
  });
const secure = (as: Session, securedFunds = true) =>
  call(t, as, { method: "PATCH", url: "/api/v1/companies/me/payment-settings", payload: { securedFunds } });
const balanceOf = async (as: Session) => {
  const response = await call(t, as, { method: "GET", url: "/api/v1/payments/balance" });
  expect(response.statusCode, response.body).toBe(200);
  const found = response.json().balances.find((b: { currency: string }) => b.currency === "USD");
  return found ?? { available: 0, pending: 0, committed: 0, owed: 0 };
};
const view = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json();
const ledgerIsClean = async () => {
  const staff = await staffMember(t);
  const checked = await call(t, staff, { method: "GET", url: "/api/v1/staff/ledger/check" });
  expect(checked.json()).toMatchObject({ ok: true, differences: [], unbalanced: [], belowFloor: [] });
};

/** A company with secured funds on and `funds` available; its assignments' maximum spend is 250.00 (5 h × 50.00). */
async function securedCompany(funds: number) {
  const owner = await postingClient(t);
  expect((await secure(owner)).statusCode).toBe(200);
  if (funds > 0) {
    expect((await fund(owner, funds)).statusCode).toBe(201);
  }
  return owner;
}

describe("secured funds (issue 11 item 2)", () => {
  it("is set by admins and finance members, with a history event; managers may not", async () => {
    const owner = await postingClient(t);
    const finance = await teammate(t, owner, "finance");
    const manager = await teammate(t, owner, "manager");
    expect((await secure(manager)).statusCode).toBe(403);
    const on = await secure(finance);
    expect(on.statusCode, on.body).toBe(200);
    expect(on.json()).toMatchObject({ paymentSettings: { securedFunds: true } });
    expect(on.json().actions).toEqual(["update_payment_settings"]);
    const events = await eventsOf(t, on.json().id);
    expect(events.find((e) => e.action === "company.payment_settings_updated")?.data).toMatchObject({
      before: { securedFunds: false },
      after: { securedFunds: true },
    });
    expect((await call(t, owner, { method: "GET", url: "/api/v1/companies/me" })).json()).toMatchObject({
      paymentSettings: { securedFunds: true },
    });
  });

  it("commits the maximum spend on accept, shows it to the worker, and pays the invoice from it first", async () => {
    const owner = await securedCompany(300_00);
    const worker = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [worker]);
    expect(await view(worker, sent.id)).toMatchObject({ status: "sent", fundsSecured: true });
    await act(t, worker, sent.id, "accept");
    expect(await balanceOf(owner)).toMatchObject({ available: 50_00, committed: 250_00 });
    expect(await view(worker, sent.id)).toMatchObject({ status: "assigned", fundsSecured: true });
    expect((await eventsOf(t, sent.id)).map((e) => e.action)).toContain("payments.funds_committed");

    await act(t, worker, sent.id, "check-in", {});
    await act(t, worker, sent.id, "submit", { hours: 2 });
    await act(t, owner, sent.id, "approve");
    await t.runJobs();
    const listed = await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${sent.id}` });
    const invoice = listed.json().items[0];
    expect(invoice).toMatchObject({ total: 110_00 });
    const paid = await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
    expect(paid.statusCode, paid.body).toBe(200);
    // 110.00 from the 250.00 committed; the 140.00 left goes back to available.
    expect(await balanceOf(owner)).toMatchObject({ available: 190_00, committed: 0, owed: 0 });
    expect(await balanceOf(worker)).toMatchObject({ available: 100_00, pending: 0 });
    expect(await view(worker, sent.id)).toMatchObject({ status: "paid", fundsSecured: false });
    const [commitment] = await t.db.select().from(fundCommitments).where(eq(fundCommitments.assignmentId, sent.id));
    expect(commitment).toMatchObject({ status: "consumed", amount: 250_00 });
    await ledgerIsClean();
  });

  it("refuses to assign without the funds (422, a clear sentence) and writes nothing", async () => {
    const owner = await securedCompany(100_00);
    const worker = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [worker]);
    const before = (await eventsOf(t, sent.id)).length;
    const refused = await call(t, worker, { method: "POST", url: `/api/v1/assignments/${sent.id}/accept` });
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: "insufficient_funds", needed: 250_00 });
    expect(refused.json().detail).toContain("cannot secure $250.00");
    expect(await view(worker, sent.id)).toMatchObject({ status: "sent", assignedWorker: null });
    expect(await eventsOf(t, sent.id)).toHaveLength(before);
    expect(await t.db.select().from(fundCommitments).where(eq(fundCommitments.assignmentId, sent.id))).toEqual([]);
    expect(await balanceOf(owner)).toMatchObject({ available: 100_00, committed: 0 });

    // Assigning directly answers the client in their own words.
    const draft = await draftAssignment(t, owner);
    const direct = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/send`,
      payload: { workerIds: [worker.me.id], assignDirectly: true },
    });
    expect(direct.statusCode, direct.body).toBe(422);
    expect(direct.json().detail).toContain("your available funds are $100.00. Add funds first, then assign.");
    expect(await view(owner, draft.id)).toMatchObject({ status: "draft" });
    await ledgerIsClean();
  });

  it("releases the commitment on cancel, and when the worker leaves (a void finds nothing held)", async () => {
    const owner = await securedCompany(500_00);
    const worker = await readyWorker(t);
    const cancelled = await sentAssignment(t, owner, [worker]);
    await act(t, worker, cancelled.id, "accept");
    expect(await balanceOf(owner)).toMatchObject({ available: 250_00, committed: 250_00 });
    await act(t, owner, cancelled.id, "cancel", { reason: "The store closed", fee: null });
    expect(await balanceOf(owner)).toMatchObject({ available: 500_00, committed: 0 });
    expect((await eventsOf(t, cancelled.id)).map((e) => e.action)).toContain("payments.funds_released");

    const left = await sentAssignment(t, owner, [worker]);
    await act(t, worker, left.id, "accept");
    await act(t, worker, left.id, "abandon", { reason: "I am ill" });
    expect(await balanceOf(owner)).toMatchObject({ available: 500_00, committed: 0 });
    await act(t, owner, left.id, "void");
    expect(await balanceOf(owner)).toMatchObject({ available: 500_00, committed: 0 });
    const rows = await t.db
      .select()
      .from(fundCommitments)
      .where(eq(fundCommitments.companyId, owner.me.company?.id ?? ""));
    expect(rows.map((r) => r.status).sort()).toEqual(["released", "released"]);
    await ledgerIsClean();
  });

  it("lets one of two assignments competing for the last funds win", async () => {
    const owner = await securedCompany(250_00);
    const [first, second] = [await readyWorker(t), await readyWorker(t)];
    const a = await sentAssignment(t, owner, [first]);
    const b = await sentAssignment(t, owner, [second]);
    const answers = await Promise.all([
      call(t, first, { method: "POST", url: `/api/v1/assignments/${a.id}/accept` }),
      call(t, second, { method: "POST", url: `/api/v1/assignments/${b.id}/accept` }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 422]);
    expect(await balanceOf(owner)).toMatchObject({ available: 0, committed: 250_00 });
    const statuses = [(await view(owner, a.id)).status, (await view(owner, b.id)).status].sort();
    expect(statuses).toEqual(["assigned", "sent"]);
    await ledgerIsClean();
  });

  describe("an accepted budget increase, expense or bonus (the held amount grows)", () => {
    const ask = async (as: Session, id: string, kind: string, amount: number) => {
      const made = await call(t, as, {
        method: "POST",
        url: `/api/v1/assignments/${id}/requests`,
        payload: { kind, amount, reason: "More work than planned" },
      });
      expect(made.statusCode, made.body).toBe(201);
      return made.json().id as string;
    };
    const accept = (as: Session, id: string, requestId: string) =>
      call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/requests/${requestId}/accept` });
    const held = async (assignmentId: string) =>
      (await t.db.select().from(fundCommitments).where(eq(fundCommitments.assignmentId, assignmentId))).map((r) => ({
        status: r.status,
        amount: r.amount,
      }));

    it("commits the increase and the expense on acceptance, and the invoice's payment consumes all of it", async () => {
      const owner = await securedCompany(500_00);
      const worker = await readyWorker(t);
      const sent = await sentAssignment(t, owner, [worker]);
      await act(t, worker, sent.id, "accept");
      await act(t, worker, sent.id, "check-in", {});
      const increase = await ask(worker, sent.id, "budget_increase", 100_00);
      const accepted = await accept(owner, sent.id, increase);
      expect(accepted.statusCode, accepted.body).toBe(200);
      expect(await balanceOf(owner)).toMatchObject({ available: 150_00, committed: 350_00 });
      expect(await held(sent.id)).toEqual([{ status: "held", amount: 350_00 }]);
      const expense = await ask(worker, sent.id, "expense", 50_00);
      expect((await accept(owner, sent.id, expense)).statusCode).toBe(200);
      expect(await balanceOf(owner)).toMatchObject({ available: 100_00, committed: 400_00 });
      const raised = (await eventsOf(t, sent.id)).filter((e) => e.action === "payments.funds_committed");
      expect(raised.map((e) => e.data)).toMatchObject([
        { amount: 250_00 },
        { amount: 100_00, held: 350_00, raised: true },
        { amount: 50_00, held: 400_00, raised: true },
      ]);

      // A claim above the original maximum (6 h at 50.00 + 50.00 expenses = 350.00) is paid from the commitment.
      await act(t, worker, sent.id, "submit", { hours: 6, expenses: 50_00 });
      await act(t, owner, sent.id, "approve");
      await t.runJobs();
      const invoice = (await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${sent.id}` })).json()
        .items[0];
      expect(invoice).toMatchObject({ amount: 350_00, total: 385_00 });
      const paid = await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
      expect(paid.statusCode, paid.body).toBe(200);
      // 500.00 - 385.00 paid; what the commitment held beyond the total (15.00) went back.
      expect(await balanceOf(owner)).toMatchObject({ available: 115_00, committed: 0 });
      expect(await held(sent.id)).toEqual([{ status: "consumed", amount: 400_00 }]);
      await ledgerIsClean();
    });

    it("refuses an increase the available funds cannot cover (422, a clear sentence) and writes nothing", async () => {
      const owner = await securedCompany(300_00);
      const worker = await readyWorker(t);
      const sent = await sentAssignment(t, owner, [worker]);
      await act(t, worker, sent.id, "accept");
      const increase = await ask(worker, sent.id, "budget_increase", 80_00);
      const before = (await eventsOf(t, sent.id)).length;
      const refused = await accept(owner, sent.id, increase);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json()).toMatchObject({ code: "insufficient_funds", needed: 80_00, balance: 50_00 });
      expect(refused.json().detail).toBe(
        "Secured funds is on: accepting this moves $80.00 more into committed funds, and your available funds are " +
          "$50.00. Add funds first, then accept.",
      );
      expect(await eventsOf(t, sent.id)).toHaveLength(before);
      expect(await held(sent.id)).toEqual([{ status: "held", amount: 250_00 }]);
      expect(await balanceOf(owner)).toMatchObject({ available: 50_00, committed: 250_00 });
      const listed = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${sent.id}/requests` });
      expect(listed.json().items[0]).toMatchObject({ status: "pending" });
      expect(await view(owner, sent.id)).toMatchObject({ maximumSpend: { amount: 250_00 } });

      // Funded, the same acceptance goes through; cancelling then releases everything held.
      expect((await fund(owner, 30_00)).statusCode).toBe(201);
      expect((await accept(owner, sent.id, increase)).statusCode).toBe(200);
      expect(await balanceOf(owner)).toMatchObject({ available: 0, committed: 330_00 });
      await act(t, owner, sent.id, "cancel", { reason: "The store closed", fee: null });
      expect(await balanceOf(owner)).toMatchObject({ available: 330_00, committed: 0 });
      expect(await held(sent.id)).toEqual([{ status: "released", amount: 330_00 }]);
      await ledgerIsClean();
    });

    it("commits a bonus when the worker accepts it, pays it on top of the claim, or tells the worker it cannot", async () => {
      const owner = await securedCompany(300_00);
      const worker = await readyWorker(t);
      const sent = await sentAssignment(t, owner, [worker]);
      await act(t, worker, sent.id, "accept");
      const big = await ask(owner, sent.id, "bonus", 60_00);
      const refused = await accept(worker, sent.id, big);
      expect(refused.statusCode, refused.body).toBe(422);
      expect(refused.json().detail).toBe(
        "This company secures the funds of its assignments, and it cannot secure the extra $60.00 right now. The " +
          "offer stays open to you; try again later or ask the company.",
      );
      const withdrawn = await call(t, owner, {
        method: "POST",
        url: `/api/v1/assignments/${sent.id}/requests/${big}/withdraw`,
      });
      expect(withdrawn.statusCode, withdrawn.body).toBe(200);
      const small = await ask(owner, sent.id, "bonus", 20_00);
      expect((await accept(worker, sent.id, small)).statusCode).toBe(200);
      expect(await balanceOf(owner)).toMatchObject({ available: 30_00, committed: 270_00 });

      await act(t, worker, sent.id, "check-in", {});
      await act(t, worker, sent.id, "submit", { hours: 2 });
      await act(t, owner, sent.id, "approve");
      await t.runJobs();
      // The claim (100.00) plus the bonus (20.00), and the fee on both.
      const invoice = (await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${sent.id}` })).json()
        .items[0];
      expect(invoice).toMatchObject({ amount: 120_00, fee: 12_00, total: 132_00 });
      expect((await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` })).statusCode).toBe(
        200,
      );
      expect(await balanceOf(worker)).toMatchObject({ available: 120_00, pending: 0 });
      expect(await balanceOf(owner)).toMatchObject({ available: 168_00, committed: 0 });
      await ledgerIsClean();
    });

    it("secures nothing more where no funds are held (the setting off when the worker was assigned)", async () => {
      const owner = await postingClient(t);
      expect((await fund(owner, 100_00)).statusCode).toBe(201);
      const worker = await readyWorker(t);
      const sent = await sentAssignment(t, owner, [worker]);
      await act(t, worker, sent.id, "accept");
      expect((await secure(owner)).statusCode).toBe(200);
      const increase = await ask(worker, sent.id, "budget_increase", 500_00);
      expect((await accept(owner, sent.id, increase)).statusCode).toBe(200);
      expect(await balanceOf(owner)).toMatchObject({ available: 100_00, committed: 0 });
      expect(await held(sent.id)).toEqual([]);
    });
  });
});
