import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  call,
  eventsOf,
  lastMailTo,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";
import { hasPendingRequest } from "./queries";

const t = await testApp();
const HOUR = 3_600_000;
const base = (id: string) => `/api/v1/assignments/${id}/requests`;

async function ask(as: Session, id: string, payload: Record<string, unknown>, status = 201) {
  const response = await call(t, as, { method: "POST", url: base(id), payload });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

async function answer(as: Session, id: string, requestId: string, verb: string, payload?: object, status = 200) {
  const response = await call(t, as, { method: "POST", url: `${base(id)}/${requestId}/${verb}`, payload });
  expect(response.statusCode, `${verb}: ${response.body}`).toBe(status);
  return response.json();
}

const labelsOf = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json().labels as string[];
const ceilingOf = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json().maximumSpend.amount as number;

describe("a budget increase", () => {
  it("is asked by the worker, accepted by finance, and lets the claim go above the original maximum", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const finance = await teammate(t, owner, "finance");
    const asked = await ask(assignee, assignment.id, {
      kind: "budget_increase",
      amount: 10_000,
      reason: "The counter needs a second network drop.",
    });
    expect(asked).toMatchObject({
      kind: "budget_increase",
      status: "pending",
      amount: { amount: 10_000, currency: "USD" },
    });
    expect((await lastMailTo(t, owner.me.email)).subject).toContain("Request");
    expect(await labelsOf(owner, assignment.id)).toContain("request_pending");
    expect(await hasPendingRequest(t.db, { id: assignment.id, assignedWorkerId: assignee.me.id })).toBe(true);
    const listed = (await call(t, finance, { method: "GET", url: base(assignment.id) })).json();
    expect(listed.items[0].actions).toEqual(["accept", "decline"]);

    const accepted = await answer(finance, assignment.id, asked.id, "accept", { note: "Go ahead." });
    expect(accepted).toMatchObject({ status: "accepted", answer: { by: { id: finance.me.id }, note: "Go ahead." } });
    expect((await lastMailTo(t, assignee.me.email)).subject).toContain("Accepted");
    expect(await labelsOf(owner, assignment.id)).not.toContain("request_pending");
    expect(await ceilingOf(owner, assignment.id)).toBe(35_000);

    await act(t, assignee, assignment.id, "check-in");
    // 5 h × $50 = $250 was the maximum; $250 + $100 approved allows a $340 claim.
    const submitted = await act(t, assignee, assignment.id, "submit", { hours: 5, expenses: 9_000 });
    expect(submitted).toMatchObject({ status: "submitted", claim: { total: { amount: 34_000 } } });
    const history = (await eventsOf(t, assignment.id)).map((e) => e.action);
    expect(history).toEqual(expect.arrayContaining(["assignment.request_made", "assignment.request_accepted"]));
  });

  it("is one at a time per kind, can be withdrawn by the worker only, and is refused in bad shapes", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const first = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 500, reason: "Parts" });
    const again = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 700, reason: "More" }, 409);
    expect(again).toMatchObject({ code: "request_already_pending", pendingRequestId: first.id });
    await answer(owner, assignment.id, first.id, "withdraw", undefined, 403);
    expect((await answer(assignee, assignment.id, first.id, "withdraw")).status).toBe("withdrawn");
    await answer(owner, assignment.id, first.id, "accept", undefined, 409);
    for (const bad of [
      { kind: "budget_increase", amount: 0, reason: "zero" },
      { kind: "budget_increase", amount: -5, reason: "negative" },
      { kind: "budget_increase", amount: 1.5, reason: "fraction" },
      { kind: "budget_increase", amount: 100, reason: "" },
      { kind: "lottery", amount: 100, reason: "?" },
      { kind: "expense", amount: 100, reason: "x", extra: true },
    ]) {
      const refused = await ask(assignee, assignment.id, bad, 400);
      expect(refused.code, JSON.stringify(bad)).toBe("validation_failed");
    }
  });

  it("raises the assignment's maximum spend by the accepted amount, which submit allows and no more", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const maximumOf = async (as: Session) =>
      (await call(t, as, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json().maximumSpend;
    expect(await maximumOf(owner)).toEqual({ amount: 25_000, currency: "USD" });
    const asked = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 10_000, reason: "Parts" });
    const accepted = await answer(owner, assignment.id, asked.id, "accept");
    expect(accepted.status).toBe("accepted");
    // 5 h × $50 = $250 priced, + $100 accepted.
    expect(await maximumOf(owner)).toEqual({ amount: 35_000, currency: "USD" });
    expect(await maximumOf(assignee)).toEqual({ amount: 35_000, currency: "USD" });

    await act(t, assignee, assignment.id, "check-in");
    const over = await act(t, assignee, assignment.id, "submit", { hours: 5, expenses: 10_001 }, 422);
    expect(over).toMatchObject({ code: "budget_exceeded", claimed: 35_001, maximum: 35_000 });
    const atMost = await act(t, assignee, assignment.id, "submit", { hours: 5, expenses: 10_000 });
    expect(atMost).toMatchObject({
      status: "submitted",
      claim: { total: { amount: 35_000 } },
      maximumSpend: { amount: 35_000, currency: "USD" },
    });
  });
});

describe("a reschedule", () => {
  it("moves the schedule once a manager accepts it; finance may not, past starts are refused", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const finance = await teammate(t, owner, "finance");
    const start = new Date(t.clock.now().getTime() + 96 * HOUR);
    const schedule = {
      type: "window",
      startsAt: start.toISOString(),
      endsAt: new Date(start.getTime() + 2 * HOUR).toISOString(),
    };
    const past = { ...schedule, startsAt: new Date(t.clock.now().getTime() - HOUR).toISOString() };
    const refused = await ask(assignee, assignment.id, { kind: "reschedule", schedule: past, reason: "x" }, 400);
    expect(refused.errors[0].pointer).toBe("/body/schedule/startsAt");
    const backwards = { ...schedule, endsAt: new Date(start.getTime() - HOUR).toISOString() };
    await ask(assignee, assignment.id, { kind: "reschedule", schedule: backwards, reason: "x" }, 400);

    const asked = await ask(assignee, assignment.id, { kind: "reschedule", schedule, reason: "The van broke down." });
    await answer(finance, assignment.id, asked.id, "accept", undefined, 403);
    await answer(owner, assignment.id, asked.id, "accept");
    const moved = (await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` })).json();
    expect(moved.schedule).toEqual(schedule);
    const event = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.request_accepted");
    expect(event?.data).toMatchObject({ kind: "reschedule", schedule, workerId: assignee.me.id });
  });
});

describe("expenses and bonuses", () => {
  it("records a declined expense and an accepted bonus as amounts for payments, each side answering the other", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const viewer = await teammate(t, owner, "viewer");
    const expense = await ask(assignee, assignment.id, { kind: "expense", amount: 2_500, reason: "Cable ties" });
    const declined = await answer(owner, assignment.id, expense.id, "decline", { note: "Included in the rate." });
    expect(declined).toMatchObject({ status: "declined", answer: { note: "Included in the rate." } });
    expect((await lastMailTo(t, assignee.me.email)).text).toContain("Included in the rate.");

    await ask(assignee, assignment.id, { kind: "bonus", amount: 100, reason: "Me" }, 403);
    await ask(viewer, assignment.id, { kind: "bonus", amount: 100, reason: "Viewer" }, 403);
    const bonus = await ask(owner, assignment.id, { kind: "bonus", amount: 5_000, reason: "Great work" });
    expect((await lastMailTo(t, assignee.me.email)).subject).toContain("Bonus offered");
    await answer(owner, assignment.id, bonus.id, "accept", undefined, 403);
    await answer(assignee, assignment.id, bonus.id, "accept");
    const list = (await call(t, viewer, { method: "GET", url: base(assignment.id) })).json();
    expect(list.accepted).toEqual({
      budgetIncrease: { amount: 0, currency: "USD" },
      expenses: { amount: 0, currency: "USD" },
      bonus: { amount: 5_000, currency: "USD" },
    });
    expect(list.canMake).toEqual([]);
    // A bonus is paid on top; it does not raise the ceiling of the claim.
    expect(await ceilingOf(owner, assignment.id)).toBe(25_000);
  });
});

describe("an assignment that ends with a request open", () => {
  it("closes it and names it in the cancellation's history", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const asked = await ask(assignee, assignment.id, { kind: "expense", amount: 1_500, reason: "Cables" });
    await act(t, owner, assignment.id, "cancel", { reason: "Not needed" });
    const refused = await answer(owner, assignment.id, asked.id, "accept", undefined, 409);
    expect(refused).toMatchObject({ requestStatus: "closed" });
    // The refusal rule: the worker may never answer their own expense (403), closed or not; the company may, not now.
    await answer(assignee, assignment.id, asked.id, "accept", undefined, 403);
    const cancelled = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.cancelled");
    expect(cancelled?.data).toMatchObject({ closedRequestIds: [asked.id] });
  });

  it("closes it on approval, and an approval with none open closes nothing", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const asked = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 2_000, reason: "Parts" });
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    await act(t, owner, assignment.id, "approve");
    const refused = await answer(owner, assignment.id, asked.id, "accept", undefined, 409);
    expect(refused).toMatchObject({ requestStatus: "closed" });
    const approved = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.approved");
    expect(approved?.data).toMatchObject({ closedRequestIds: [asked.id] });

    const other = await assignedAssignment(t);
    await act(t, other.assignee, other.assignment.id, "check-in", {});
    await act(t, other.assignee, other.assignment.id, "submit", { hours: 2 });
    await act(t, other.owner, other.assignment.id, "approve");
    const alone = (await eventsOf(t, other.assignment.id)).find((e) => e.action === "assignment.approved");
    expect(alone?.data).toMatchObject({ closedRequestIds: [] });
  });
});

describe("a worker who leaves", () => {
  it("takes their unanswered requests along: the next worker does not inherit them and nobody can accept them", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const asked = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 2_000, reason: "Parts" });
    await act(t, assignee, assignment.id, "abandon", { reason: "Sick" });
    const next = await readyWorker(t);
    await act(t, owner, assignment.id, "send", { workerIds: [next.me.id] });
    await act(t, next, assignment.id, "accept");
    expect(await labelsOf(owner, assignment.id)).not.toContain("request_pending");
    const refused = await answer(owner, assignment.id, asked.id, "accept", undefined, 409);
    expect(refused).toMatchObject({ code: "invalid_transition", requestStatus: "closed" });
    const listed = (await call(t, owner, { method: "GET", url: base(assignment.id) })).json();
    expect(listed.items.map((i: { actions: string[] }) => i.actions)).toEqual([[]]);
    expect((await call(t, next, { method: "GET", url: base(assignment.id) })).json().items).toEqual([]);
    await ask(next, assignment.id, { kind: "budget_increase", amount: 1_000, reason: "Mine" });
  });

  for (const release of ["abandon", "no-show"] as const) {
    it(`takes what they were granted along (${release}): the next worker's ceiling is the original maximum`, async () => {
      const { owner, assignee, assignment } = await assignedAssignment(t, { startsIn: 1 });
      const granted = await ask(assignee, assignment.id, { kind: "budget_increase", amount: 10_000, reason: "Parts" });
      await answer(owner, assignment.id, granted.id, "accept");
      const open = await ask(assignee, assignment.id, { kind: "expense", amount: 1_500, reason: "Parking" });
      expect(await ceilingOf(owner, assignment.id)).toBe(35_000);
      expect(await labelsOf(owner, assignment.id)).toContain("request_pending");
      if (release === "abandon") {
        await act(t, assignee, assignment.id, "abandon", { reason: "Sick" });
      } else {
        t.clock.advance(2 * HOUR);
        await act(t, owner, assignment.id, "no-show");
      }
      const event = release === "abandon" ? "assignment.abandoned" : "assignment.no_show_marked";
      const released = (await eventsOf(t, assignment.id)).find((e) => e.action === event);
      expect(released?.data).toMatchObject({
        workerId: assignee.me.id,
        extraBudgetCleared: 10_000,
        closedRequestIds: [open.id],
      });
      expect(await ceilingOf(owner, assignment.id)).toBe(25_000);

      const next = await readyWorker(t);
      await act(t, owner, assignment.id, "send", { workerIds: [next.me.id] });
      await act(t, next, assignment.id, "accept");
      expect(await ceilingOf(next, assignment.id)).toBe(25_000);
      expect(await labelsOf(owner, assignment.id)).not.toContain("request_pending");
      const mine = (await call(t, next, { method: "GET", url: base(assignment.id) })).json();
      expect(mine).toMatchObject({ items: [], accepted: { budgetIncrease: { amount: 0 } } });
      // The company still sees what it granted the first worker, and that the open request was closed.
      const all = (await call(t, owner, { method: "GET", url: base(assignment.id) })).json();
      expect(all.accepted.budgetIncrease.amount).toBe(10_000);
      expect(all.items.map((i: { id: string; status: string }) => [i.id, i.status])).toEqual([
        [granted.id, "accepted"],
        [open.id, "closed"],
      ]);

      await act(t, next, assignment.id, "check-in");
      const over = await act(t, next, assignment.id, "submit", { hours: 5, expenses: 1 }, 422);
      expect(over).toMatchObject({ code: "budget_exceeded", claimed: 25_001, maximum: 25_000 });
      await act(t, next, assignment.id, "submit", { hours: 5, expenses: 0 });
    });
  }
});

describe("who may see and touch requests", () => {
  it("answers other companies and uninvited workers 404, invitees 404, logged-out 401, and changes nothing", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const asked = await ask(assignee, assignment.id, { kind: "expense", amount: 1_000, reason: "Parking" });
    const stranger = await postingClient(t);
    const outsider = await readyWorker(t);
    const before = (await eventsOf(t, assignment.id)).length;
    for (const as of [stranger, outsider]) {
      expect((await call(t, as, { method: "GET", url: base(assignment.id) })).statusCode).toBe(404);
      await ask(as, assignment.id, { kind: "bonus", amount: 100, reason: "x" }, 404);
      await answer(as, assignment.id, asked.id, "accept", undefined, 404);
    }
    expect((await call(t, null, { method: "GET", url: base(assignment.id) })).statusCode).toBe(401);
    expect((await call(t, null, { method: "POST", url: `${base(assignment.id)}/${asked.id}/accept` })).statusCode).toBe(
      401,
    );
    expect((await eventsOf(t, assignment.id)).length).toBe(before);

    const invitee = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [invitee]);
    expect((await call(t, invitee, { method: "GET", url: base(sent.id) })).statusCode).toBe(404);
    const early = await ask(owner, sent.id, { kind: "bonus", amount: 100, reason: "Too early" }, 409);
    expect(early).toMatchObject({ code: "invalid_transition", currentStatus: "sent" });
  });

  it("replays a request sent twice with one Idempotency-Key and refuses the key for another body", async () => {
    const { assignee, assignment } = await assignedAssignment(t);
    const headers = { "idempotency-key": `req-${assignment.id}` };
    const payload = { kind: "expense", amount: 1_200, reason: "Tolls" };
    const first = await call(t, assignee, { method: "POST", url: base(assignment.id), payload, headers });
    const second = await call(t, assignee, { method: "POST", url: base(assignment.id), payload, headers });
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.json().id).toBe(first.json().id);
    const other = await call(t, assignee, {
      method: "POST",
      url: base(assignment.id),
      payload: { ...payload, amount: 1_300 },
      headers,
    });
    expect(other.statusCode).toBe(422);
  });
});
