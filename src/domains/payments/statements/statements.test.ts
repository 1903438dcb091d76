import { describe, expect, it } from "vitest";
import { call, client, invoicedAssignment, type Session, worker } from "#test/given";
import { testApp } from "#test/harness";
import type { Statement } from "../views";
import { monthOf } from "./statement-months";
import { statementLines } from "./statement-pdf";

const t = await testApp();
const HOUR = 3_600_000;

const get = (as: Session, url: string) => call(t, as, { method: "GET", url: `/api/v1/payments/statements${url}` });
const statementOf = async (as: Session, month: string): Promise<Statement> => {
  const answer = await get(as, `/${month}`);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
};
type Entry = { reason: string; amount: number };
const pageOf = async (as: Session, url: string) => {
  const answer = await get(as, url);
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
};
const fundWire = async (as: Session, amount: number) => {
  const answer = await call(t, as, {
    method: "POST",
    url: "/api/v1/payments/funding",
    payload: { amount, currency: "USD", method: "wire" },
  });
  expect(answer.statusCode, answer.body).toBe(201);
};

/** An approved assignment of 2 hours at 50.00 (100.00 to the worker, 110.00 with the fee), paid now. */
async function paidWork() {
  const { owner, assignee, invoice } = await invoicedAssignment(t);
  await fundWire(owner, 500_00);
  const paid = await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` });
  expect(paid.statusCode, paid.body).toBe(200);
  return { owner, assignee, invoice };
}

/** Moves the test clock into the next UTC month (an hour past its first midnight). */
function intoNextMonth() {
  const now = t.clock.now();
  const next = Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1);
  t.clock.advance(next - now.getTime() + HOUR);
}

describe("monthly statements", () => {
  it("sums the month from the ledger; its closing is the next month's opening and the balance", async () => {
    const { owner, invoice } = await paidWork();
    const first = monthOf(t.clock.now());
    const a = await statementOf(owner, first);
    expect(a).toMatchObject({ month: first, current: true, provider: { testMode: true } });
    expect(a.totals).toEqual([
      {
        currency: "USD",
        opening: 0,
        funding: 500_00,
        invoicesPaid: -100_00,
        fees: -10_00,
        refundsAndSettlements: 0,
        closing: 390_00,
      },
    ]);
    expect((await pageOf(owner, `/${first}/invoices`)).items.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
    expect((await pageOf(owner, `/${first}/entries`)).items.map((p: Entry) => [p.reason, p.amount])).toEqual([
      ["funding.settled", 500_00],
      ["invoice.paid", -110_00],
    ]);

    intoNextMonth();
    await fundWire(owner, 25_00);
    const second = monthOf(t.clock.now());
    const b = await statementOf(owner, second);
    const before = await statementOf(owner, first);
    expect(before.current).toBe(false);
    expect(b.totals[0]?.opening).toBe(before.totals[0]?.closing);
    expect(b.totals[0]).toMatchObject({ funding: 25_00, closing: 415_00 });
    expect(await pageOf(owner, `/${second}/invoices`)).toEqual({ items: [], nextCursor: null });
    const balance = (await call(t, owner, { method: "GET", url: "/api/v1/payments/balance" })).json().balances[0];
    expect(b.totals[0]?.closing).toBe(balance.available + balance.committed);
    const months = (await get(owner, "")).json().items;
    expect(months.slice(0, 2)).toEqual([
      expect.objectContaining({ month: second, current: true }),
      expect.objectContaining({ month: first, current: false }),
    ]);
    expect(months[0].from).toBe(`${second}-01T00:00:00.000Z`);
    // A page at a time: the cursor is the last month shown.
    const one = await pageOf(owner, "?limit=1");
    expect(one.items.map((m: { month: string }) => m.month)).toEqual([second]);
    expect((await pageOf(owner, `?limit=1&cursor=${one.nextCursor}`)).items[0]).toMatchObject({ month: first });

    const pdf = await get(owner, `/${first}/pdf?timeZone=America/Chicago`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    expect(pdf.headers["content-disposition"]).toContain(`worklane-statement-${first}.pdf`);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(statementLines(before)).toContainEqual(["Closing balance (USD)", "$390.00"]);
    expect(statementLines(before)[1]?.[1]).toContain("UTC");
  });

  it("refuses bad and future months, keeps each company to its own, and is for companies only", async () => {
    const owner = await client(t);
    await fundWire(owner, 10_00);
    const month = monthOf(t.clock.now());
    for (const bad of ["2026-13", "2026-1", "abc", "2026-00", "202611"]) {
      const answer = await get(owner, `/${bad}`);
      expect(answer.statusCode, bad).toBe(400);
      expect(answer.json().code).toBe("validation_failed");
    }
    const future = await get(owner, "/2999-01");
    expect(future.statusCode).toBe(404);
    expect((await get(owner, "/2999-01/pdf")).statusCode).toBe(404);
    expect((await get(owner, "/2999-01/pdf?timeZone=Mars/Base")).statusCode).toBe(400);
    // A month before the company had any entry is a statement of zeros.
    expect((await statementOf(owner, "2020-01")).totals).toEqual([]);
    const stranger = await client(t);
    const theirs = await statementOf(stranger, month);
    expect(theirs.totals).toEqual([]);
    expect(theirs.company.id).not.toBe(owner.me.company?.id);
    expect((await get(stranger, "")).json().items).toEqual([expect.objectContaining({ month, current: true })]);
    const someone = await worker(t);
    expect((await get(someone, "")).statusCode).toBe(403);
    expect((await get(someone, `/${month}`)).statusCode).toBe(403);
  });

  it("pages the months, the invoices and the movements with the cursor convention (every line once)", async () => {
    const { owner } = await paidWork();
    for (const amount of [1_00, 2_00, 3_00, 4_00]) {
      await fundWire(owner, amount);
    }
    const month = monthOf(t.clock.now());
    const seen: Entry[] = [];
    let cursor: string | null = "";
    let pages = 0;
    while (cursor !== null) {
      const page = await pageOf(owner, `/${month}/entries?limit=2${cursor ? `&cursor=${cursor}` : ""}`);
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items);
      cursor = page.nextCursor;
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen.map((e) => [e.reason, e.amount])).toEqual([
      ["funding.settled", 500_00],
      ["invoice.paid", -110_00],
      ["funding.settled", 1_00],
      ["funding.settled", 2_00],
      ["funding.settled", 3_00],
      ["funding.settled", 4_00],
    ]);
    // The totals still add every line, whatever the page.
    expect((await statementOf(owner, month)).totals[0]).toMatchObject({ funding: 510_00, closing: 400_00 });
    const invoicesPage = await pageOf(owner, `/${month}/invoices?limit=1`);
    expect(invoicesPage).toMatchObject({ items: [{ total: 110_00 }], nextCursor: null });

    for (const bad of [
      "nope",
      Buffer.from('["x","y"]').toString("base64url"),
      Buffer.from("[1]").toString("base64url"),
    ]) {
      expect((await get(owner, `/${month}/entries?cursor=${bad}`)).statusCode, bad).toBe(400);
      expect((await get(owner, `/${month}/invoices?cursor=${bad}`)).statusCode, bad).toBe(400);
      expect((await get(owner, `?cursor=${bad}`)).statusCode, bad).toBe(400);
    }
    expect((await get(owner, "/2999-01/entries")).statusCode).toBe(404);
  });
});
