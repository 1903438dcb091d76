import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  call,
  eventsOf,
  lastMailTo,
  postingClient,
  readyWorker,
  sentAssignment,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const HOUR = 3_600_000;

/** An assigned assignment starting 48 h from now, with the clock then moved to `hoursBefore` the start. */
async function assignedAt(hoursBefore: number) {
  t.clock.set(t.clock.now());
  const setup = await assignedAssignment(t, { startsIn: 48 });
  t.clock.advance((48 - hoursBefore) * HOUR);
  const view = await call(t, setup.owner, { method: "GET", url: `/api/v1/assignments/${setup.assignment.id}` });
  return { ...setup, view: view.json() };
}

const cancel = (as: Parameters<typeof call>[1], id: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/cancel`, payload });

describe("POST /api/v1/assignments/:id/cancel", () => {
  it("offers the fee 23 hours before the start and records the fee the client chose to pay", async () => {
    const { owner, assignee, assignment, view } = await assignedAt(23);
    expect(view.cancellationOffer).toEqual({
      suggestedFee: { amount: 6_250, currency: "USD" },
      maximumFee: { amount: 25_000, currency: "USD" },
    });
    const cancelled = await cancel(owner, assignment.id, { reason: "The store is closed for a flood", fee: 6_250 });
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    expect(cancelled.json()).toMatchObject({
      status: "cancelled",
      cancellation: { reason: "The store is closed for a flood", fee: { amount: 6_250 }, feeOffered: true },
      cancellationOffer: null,
    });
    const mail = await lastMailTo(t, assignee.me.email);
    expect(mail.text).toContain("cancellation fee of $62.50");
    const [event] = (await eventsOf(t, assignment.id)).filter((e) => e.action === "assignment.cancelled");
    expect(event?.data).toMatchObject({
      feeOffered: true,
      fee: 6_250,
      suggestedFee: 6_250,
      assignedWorkerId: assignee.me.id,
    });
  });

  it("records that the client chose not to pay under 24 hours, and still tells the worker", async () => {
    const { owner, assignee, assignment } = await assignedAt(23);
    const cancelled = await cancel(owner, assignment.id, { reason: "Plans changed" });
    expect(cancelled.json().cancellation).toEqual({ reason: "Plans changed", fee: null, feeOffered: true });
    expect((await lastMailTo(t, assignee.me.email)).subject).toContain("Cancelled");
    const [event] = (await eventsOf(t, assignment.id)).filter((e) => e.action === "assignment.cancelled");
    expect(event?.data).toMatchObject({ feeOffered: true, fee: null });
  });

  it("offers no fee 24 hours or more before the start, and refuses one with 422", async () => {
    const { owner, assignee, assignment, view } = await assignedAt(24);
    expect(view.cancellationOffer).toBeNull();
    const refused = await cancel(owner, assignment.id, { reason: "Plans changed", fee: 1_000 });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "cancellation_fee_not_offered", maximumFee: null });
    expect(refused.json().errors[0].pointer).toBe("/body/fee");
    const cancelled = await cancel(owner, assignment.id, { reason: "Plans changed" });
    expect(cancelled.json().cancellation).toEqual({ reason: "Plans changed", fee: null, feeOffered: false });
    expect((await lastMailTo(t, assignee.me.email)).subject).toContain("Cancelled");
  });

  it("refuses a fee above the price with 422, like a fee not offered, and a fee of 0 as a malformed request", async () => {
    const { owner, assignment } = await assignedAt(2);
    const above = await cancel(owner, assignment.id, { reason: "Closed", fee: 25_001 });
    expect(above.statusCode).toBe(422);
    expect(above.json()).toMatchObject({ code: "budget_exceeded", fee: 25_001, maximumFee: 25_000 });
    expect(above.json().errors[0].pointer).toBe("/body/fee");
    // "No fee" is said one way: null. A 0 is refused before anything is looked up, so it cannot be stored as a choice.
    const zero = await cancel(owner, assignment.id, { reason: "Closed", fee: 0 });
    expect(zero.statusCode).toBe(400);
    expect(zero.json().errors[0].pointer).toBe("/body/fee");
    expect((await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json().status).toBe(
      "assigned",
    );
  });

  it("offers no fee when nobody is assigned, and tells the invitees", async () => {
    const owner = await postingClient(t);
    const wren = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [wren], {}, 2);
    const refused = await cancel(owner, sent.id, { reason: "Found someone", fee: 100 });
    expect(refused.json().code).toBe("cancellation_fee_not_offered");
    t.clock.advance(60_000);
    await act(t, owner, sent.id, "cancel", { reason: "Found someone" });
    expect((await lastMailTo(t, wren.me.email)).subject).toContain("Cancelled");
    const view = await call(t, wren, { method: "GET", url: `/api/v1/assignments/${sent.id}` });
    expect(view.json()).toMatchObject({ status: "cancelled", invitation: { status: "withdrawn" }, actions: [] });
  });

  it("lets only admins and managers cancel", async () => {
    const { assignment, owner } = await assignedAt(30);
    const finance = await (await import("#test/given")).teammate(t, owner, "finance");
    const refused = await cancel(finance, assignment.id, { reason: "No" });
    expect(refused.statusCode).toBe(403);
  });
});
