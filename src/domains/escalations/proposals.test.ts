import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { ledgerTransfers } from "#domains/payments/tables";
import { act, assignedAssignment, call, eventsOf, type Session, staffMember, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

const post = (as: Session, url: string, payload?: Record<string, unknown>, headers: Record<string, string> = {}) =>
  call(t, as, { method: "POST", url, payload, headers });
const balanceOf = async (as: Session) => {
  const response = await call(t, as, { method: "GET", url: "/api/v1/payments/balance" });
  return response.json().balances.find((b: { currency: string }) => b.currency === "USD") ?? { available: 0 };
};
const ledgerIsClean = async () => {
  const checked = await call(t, await staffMember(t), { method: "GET", url: "/api/v1/staff/ledger/check" });
  expect(checked.json()).toMatchObject({ ok: true, differences: [], unbalanced: [], belowFloor: [] });
};
const assignmentOf = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json();

/** A case the worker opened about work at `stage` (2 hours at 50.00), the company funded with 500.00 unless told. */
async function caseAbout(stage: "submitted" | "approved", options: { funded?: boolean } = {}) {
  const { owner, assignee, assignment } = await assignedAssignment(t);
  if (options.funded !== false) {
    const funded = await post(owner, "/api/v1/payments/funding", { amount: 500_00, currency: "USD", method: "wire" });
    expect(funded.statusCode, funded.body).toBe(201);
  }
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  if (stage === "approved") {
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
  }
  const opened = await post(assignee, `/api/v1/assignments/${assignment.id}/escalations`, {
    category: "payment_not_received",
    details: "The invoice is open and nothing has been paid.",
    desiredOutcome: "Pay what was agreed.",
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return { owner, assignee, assignment, url: `/api/v1/escalations/${opened.json().id}`, id: opened.json().id };
}

describe("POST /api/v1/escalations/{id}/proposals", () => {
  it("refuses a payment without an amount and rework without a date (400) and rework after approval (409)", async () => {
    const { assignee, url } = await caseAbout("approved");
    const bad = await post(assignee, `${url}/proposals`, { kind: "pay" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].pointer).toBe("/body/amount");
    expect((await post(assignee, `${url}/proposals`, { kind: "rework" })).statusCode).toBe(400);
    const late = await post(assignee, `${url}/proposals`, {
      kind: "rework",
      dueAt: new Date(t.clock.now().getTime() + 3 * DAY).toISOString(),
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe("settlement_not_possible");
  });

  it("counts the proposer's side as accepted and supersedes the pending one", async () => {
    const { owner, assignee, url } = await caseAbout("approved");
    const first = await post(assignee, `${url}/proposals`, { kind: "pay", amount: 90_00 });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json().proposals[0]).toMatchObject({
      kind: "pay",
      amount: { amount: 90_00, currency: "USD" },
      status: "pending",
      workerAnswer: "accepted",
      clientAnswer: null,
      actions: [],
    });
    const second = (await post(owner, `${url}/proposals`, { kind: "pay", amount: 60_00, note: "Part of it." })).json();
    expect(second.proposals.map((p: { status: string }) => p.status)).toEqual(["pending", "superseded"]);
    expect(second.proposals[0]).toMatchObject({ clientAnswer: "accepted", workerAnswer: null });
    const fromWorker = (await call(t, assignee, { method: "GET", url })).json();
    expect(fromWorker.proposals[0].actions).toEqual(["accept", "decline"]);
  });
});

describe("accepting a settlement", () => {
  it("executes a payment once both accept: invoice void, worker paid, assignment paid, case resolved, ledger clean", async () => {
    const { owner, assignee, assignment, url, id } = await caseAbout("approved");
    const before = await balanceOf(owner);
    const proposed = (await post(assignee, `${url}/proposals`, { kind: "pay", amount: 80_00 })).json();
    const proposalId = proposed.proposals[0].id;
    const accepted = await post(owner, `${url}/proposals/${proposalId}/accept`);
    expect(accepted.statusCode, accepted.body).toBe(200);
    expect(accepted.json()).toMatchObject({
      status: "resolved",
      nextUpdateDueAt: null,
      assignment: { status: "paid", autoApprovalPaused: false, autoPayPaused: false },
      proposals: [{ status: "executed", clientAnswer: "accepted", workerAnswer: "accepted" }],
    });
    expect((await balanceOf(owner)).available).toBe(before.available - 80_00);
    expect((await balanceOf(owner)).owed).toBe(0);
    expect((await balanceOf(assignee)).available).toBe(80_00);
    const invoices = await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignment.id}` });
    expect(invoices.json().items[0].status).toBe("void");
    expect((await assignmentOf(owner, assignment.id)).status).toBe("paid");
    expect((await eventsOf(t, id)).map((e) => e.action)).toEqual([
      "escalation.opened",
      "escalation.proposed",
      "escalation.proposal_accepted",
      "escalation.resolved",
    ]);
    await ledgerIsClean();
    const again = await post(owner, `${url}/proposals/${proposalId}/accept`);
    expect(again.statusCode).toBe(409);
  });

  it("executes exactly once under concurrent accepts and a retry with the same key", async () => {
    const { owner, assignee, url } = await caseAbout("approved");
    const team = await staffMember(t, "escalations");
    const proposalId = (await post(team, `${url}/proposals`, { kind: "pay", amount: 70_00 })).json().proposals[0].id;
    const finance = await teammate(t, owner, "finance");
    const key = { "idempotency-key": `accept-${proposalId}` };
    const answers = await Promise.all([
      post(owner, `${url}/proposals/${proposalId}/accept`, undefined, key),
      post(finance, `${url}/proposals/${proposalId}/accept`),
      post(assignee, `${url}/proposals/${proposalId}/accept`),
    ]);
    const codes = answers.map((a) => a.statusCode).sort();
    expect(codes).toEqual([200, 200, 409]);
    const retry = await post(owner, `${url}/proposals/${proposalId}/accept`, undefined, key);
    expect(retry.statusCode).toBe(answers[0]?.statusCode);
    const transfers = await t.db
      .select()
      .from(ledgerTransfers)
      .where(eq(ledgerTransfers.key, `settlement:escalation-proposal:${proposalId}`));
    expect(transfers).toHaveLength(1);
    expect((await balanceOf(assignee)).available).toBe(70_00);
    expect((await call(t, owner, { method: "GET", url })).json().status).toBe("resolved");
    await ledgerIsClean();
  });

  it("changes nothing when the company cannot pay (422 insufficient_funds)", async () => {
    const { owner, assignee, url } = await caseAbout("submitted", { funded: false });
    const proposalId = (await post(assignee, `${url}/proposals`, { kind: "pay", amount: 50_00 })).json().proposals[0]
      .id;
    const refused = await post(owner, `${url}/proposals/${proposalId}/accept`);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe("insufficient_funds");
    const view = (await call(t, owner, { method: "GET", url })).json();
    expect(view).toMatchObject({ status: "open", proposals: [{ status: "pending", clientAnswer: null }] });
    await ledgerIsClean();
  });

  it("returns the work for rework with the new due date, and resumes nothing but the work", async () => {
    const { owner, assignee, assignment, url } = await caseAbout("submitted");
    const dueAt = new Date(t.clock.now().getTime() + 5 * DAY).toISOString();
    const proposalId = (await post(owner, `${url}/proposals`, { kind: "rework", dueAt })).json().proposals[0].id;
    const done = await post(assignee, `${url}/proposals/${proposalId}/accept`);
    expect(done.json()).toMatchObject({ status: "resolved", assignment: { status: "in_progress" } });
    expect(await assignmentOf(owner, assignment.id)).toMatchObject({
      status: "in_progress",
      deadline: dueAt,
      autoApprovalHeld: false,
    });
    await ledgerIsClean();
  });

  it("releases the client's funds: the invoice is void, nothing paid, the assignment called off", async () => {
    const { owner, assignee, assignment, url } = await caseAbout("approved");
    const proposalId = (await post(owner, `${url}/proposals`, { kind: "release" })).json().proposals[0].id;
    const done = await post(assignee, `${url}/proposals/${proposalId}/accept`);
    expect(done.json()).toMatchObject({ status: "resolved", assignment: { status: "cancelled" } });
    expect((await balanceOf(owner)).owed).toBe(0);
    expect((await balanceOf(assignee)).pending ?? 0).toBe(0);
    expect((await assignmentOf(owner, assignment.id)).status).toBe("cancelled");
    await ledgerIsClean();
  });

  it("lets either side decline: nothing happens, the case stays open; a viewer may not answer", async () => {
    const { owner, assignee, url } = await caseAbout("submitted");
    const proposalId = (await post(assignee, `${url}/proposals`, { kind: "pay", amount: 100_00 })).json().proposals[0]
      .id;
    const viewer = await teammate(t, owner, "viewer");
    expect((await post(viewer, `${url}/proposals/${proposalId}/accept`)).statusCode).toBe(403);
    const declined = await post(owner, `${url}/proposals/${proposalId}/decline`);
    expect(declined.json()).toMatchObject({
      status: "open",
      proposals: [{ status: "declined", clientAnswer: "declined" }],
    });
    const stranger = await staffMember(t, "trust_safety");
    expect((await post(stranger, `${url}/proposals/${proposalId}/accept`)).statusCode).toBe(404);
  });
});
