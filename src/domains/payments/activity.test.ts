import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, postingClient, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

interface Entry {
  id: string;
  account: string;
  amount: number;
  balanceAfter: number;
  reason: string;
  subject: { type: string; id: string };
}

const activityOf = async (as: Session, query = "") => {
  const answer = await call(t, as, { method: "GET", url: `/api/v1/payments/activity${query}` });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json() as { items: Entry[]; nextCursor: string | null };
};

describe("GET /api/v1/payments/activity (the caller's own ledger entries)", () => {
  it("lists each side's own postings newest first, with the balance after each, and nobody else's", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const funded = await call(t, owner, {
      method: "POST",
      url: "/api/v1/payments/funding",
      payload: { amount: 500_00, currency: "USD", method: "wire" },
    });
    expect(funded.statusCode, funded.body).toBe(201);
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
    const invoice = (
      await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignment.id}` })
    ).json().items[0];
    expect((await call(t, owner, { method: "POST", url: `/api/v1/invoices/${invoice.id}/pay` })).statusCode).toBe(200);

    const company = (await activityOf(owner)).items;
    const available = company.filter((e) => e.account === "available");
    expect(available.map((e) => [e.reason, e.amount, e.balanceAfter])).toEqual([
      ["invoice.paid", -110_00, 390_00],
      ["funding.settled", 500_00, 500_00],
    ]);
    expect(available[0]?.subject).toEqual({ type: "invoice", id: invoice.id });
    expect(company.map((e) => Number(e.id))).toEqual(company.map((e) => Number(e.id)).sort((a, b) => b - a));

    const worker = (await activityOf(assignee)).items;
    expect(worker.map((e) => [e.reason, e.account, e.amount, e.balanceAfter])).toEqual([
      ["invoice.paid", "available", 100_00, 100_00],
      ["invoice.paid", "pending", -100_00, 0],
      ["invoice.opened", "pending", 100_00, 100_00],
    ]);

    const stranger = await postingClient(t);
    expect((await activityOf(stranger)).items).toEqual([]);
    const staff = await staffMember(t);
    expect((await call(t, staff, { method: "GET", url: "/api/v1/payments/activity" })).statusCode).toBe(403);
  });

  it("pages by cursor without gaps or repeats, and refuses a made-up cursor with 400", async () => {
    const owner = await postingClient(t);
    for (const amount of [10_00, 20_00, 30_00]) {
      await call(t, owner, {
        method: "POST",
        url: "/api/v1/payments/funding",
        payload: { amount, currency: "USD", method: "wire" },
      });
    }
    const first = await activityOf(owner, "?limit=2");
    expect(first.items.map((e) => e.amount)).toEqual([30_00, 20_00]);
    const second = await activityOf(owner, `?limit=2&cursor=${first.nextCursor}`);
    expect([second.items.map((e) => e.amount), second.nextCursor]).toEqual([[10_00], null]);
    const bad = await call(t, owner, { method: "GET", url: "/api/v1/payments/activity?cursor=WyJ4Il0" });
    expect([bad.statusCode, bad.json().code]).toEqual([400, "validation_failed"]);
  });
});
