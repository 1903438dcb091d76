import { describe, expect, it } from "vitest";
import { act, call, eventsOf, postingClient, readyWorker, type Session, sentAssignment, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

/** `count` approved assignments of one company (2 hours at 50.00 each: invoices of 110.00 with the 10 % fee). */
async function openInvoices(owner: Session, count: number): Promise<{ id: string; total: number }[]> {
  const worker = await readyWorker(t);
  for (let i = 0; i < count; i++) {
    const sent = await sentAssignment(t, owner, [worker]);
    await act(t, worker, sent.id, "accept");
    await act(t, worker, sent.id, "check-in", {});
    await act(t, worker, sent.id, "submit", { hours: 2 });
    await act(t, owner, sent.id, "approve");
  }
  await t.runJobs();
  const listed = await call(t, owner, { method: "GET", url: "/api/v1/invoices?status=open" });
  expect(listed.statusCode, listed.body).toBe(200);
  return listed.json().items;
}

const fund = async (as: Session, amount: number) => {
  const funded = await call(t, as, {
    method: "POST",
    url: "/api/v1/payments/funding",
    payload: { amount, currency: "USD", method: "wire" },
  });
  expect(funded.statusCode, funded.body).toBe(201);
};

const payTogether = (as: Session, invoiceIds: string[], headers: Record<string, string> = {}) =>
  call(t, as, { method: "POST", url: "/api/v1/invoices/pay", payload: { invoiceIds }, headers });

describe("POST /api/v1/invoices/pay (a selection, all or none)", () => {
  it("pays the whole selection once funded, each invoice with its own history; a keyed retry replays", async () => {
    const owner = await postingClient(t);
    const [first, second, third] = await openInvoices(owner, 3);
    await fund(owner, 250_00);
    const ids = [first?.id, second?.id].map(String);
    const paid = await payTogether(owner, ids, { "idempotency-key": "bulk-1" });
    expect(paid.statusCode, paid.body).toBe(200);
    expect(paid.json().items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
      [ids[0], "paid"],
      [ids[1], "paid"],
    ]);
    const again = await payTogether(owner, ids, { "idempotency-key": "bulk-1" });
    expect(again.headers["idempotent-replayed"]).toBe("true");
    for (const id of ids) {
      expect((await eventsOf(t, id)).map((e) => e.action)).toContain("invoice.paid");
    }
    const balance = await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" });
    expect(balance.json().balances[0]).toMatchObject({ available: 250_00 - 2 * 110_00 });
    const open = await call(t, owner, { method: "GET", url: "/api/v1/invoices?status=open" });
    expect(open.json().items.map((i: { id: string }) => i.id)).toEqual([third?.id]);
  });

  it("pays nothing when the funds cannot cover the whole selection, naming its total and the balance", async () => {
    const owner = await postingClient(t);
    const invoices = await openInvoices(owner, 2);
    await fund(owner, 150_00);
    const refused = await payTogether(
      owner,
      invoices.map((i) => i.id),
    );
    expect(refused.statusCode, refused.body).toBe(422);
    expect(refused.json()).toMatchObject({ code: "insufficient_funds", balance: 150_00, needed: 220_00 });
    expect(refused.json().detail).toContain("$220.00");
    const open = await call(t, owner, { method: "GET", url: "/api/v1/invoices?status=open" });
    expect(open.json().items).toHaveLength(2);
  });

  it("refuses the whole selection when one is already paid, not the payer's, or chosen twice", async () => {
    const owner = await postingClient(t);
    const [first, second] = await openInvoices(owner, 2);
    await fund(owner, 500_00);
    const ids = [String(first?.id), String(second?.id)];
    expect((await call(t, owner, { method: "POST", url: `/api/v1/invoices/${ids[0]}/pay` })).statusCode).toBe(200);
    const stale = await payTogether(owner, ids);
    expect([stale.statusCode, stale.json().code]).toEqual([409, "invalid_transition"]);

    const other = await postingClient(t);
    const foreign = await payTogether(other, [ids[1] as string]);
    expect([foreign.statusCode, foreign.json().code]).toEqual([404, "not_found"]);
    const twice = await payTogether(owner, [ids[1] as string, ids[1] as string]);
    expect([twice.statusCode, twice.json().code]).toEqual([400, "validation_failed"]);
    const none = await payTogether(owner, []);
    expect(none.statusCode).toBe(400);

    const manager = await teammate(t, owner, "manager");
    const notFinance = await payTogether(manager, [ids[1] as string]);
    expect(notFinance.statusCode).toBe(403);
    const open = await call(t, owner, { method: "GET", url: "/api/v1/invoices?status=open" });
    expect(open.json().items.map((i: { id: string }) => i.id)).toEqual([ids[1]]);
  });
});
