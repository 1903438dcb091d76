import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs, mailOutbox } from "#platform/tables";
import {
  act,
  assignedAssignment,
  call,
  eventsOf,
  PASSWORD,
  postingClient,
  readyWorker,
  type Session,
  sessionFrom,
  staffMember,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const body = {
  category: "approval_delayed",
  details: "I submitted the work a week ago with photos and the client has not answered my messages.",
  desiredOutcome: "Approve the work and pay the 100.00 claimed.",
  desiredAmount: 100_00,
};
const open = (as: Session, id: string, payload: Record<string, unknown> = body) =>
  call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/escalations`, payload });
const get = (as: Session, id: string) => call(t, as, { method: "GET", url: `/api/v1/escalations/${id}` });
const post = (as: Session, id: string, verb: string, payload: Record<string, unknown> = {}) =>
  call(t, as, { method: "POST", url: `/api/v1/escalations/${id}/${verb}`, payload });
const assignmentOf = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json();

/** A new session for the same person (sessions end after 30 days; the window tests move the clock further). */
async function relogin(as: Session): Promise<Session> {
  const login = await t.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email: as.me.email, password: PASSWORD },
  });
  expect(login.statusCode, login.body).toBe(200);
  return sessionFrom(login);
}

/** A submitted assignment: 2 hours at 50.00, auto-approval after the company's 72 hours. */
async function submitted() {
  t.clock.set(t.clock.now());
  const setup = await assignedAssignment(t);
  await act(t, setup.assignee, setup.assignment.id, "check-in", {});
  await act(t, setup.assignee, setup.assignment.id, "submit", { hours: 2 });
  return setup;
}

/** A member of the escalations team, logged in at the test clock's now (the clock moves across months here). */
const teamMember = () => staffMember(t, "escalations");

/** The subjects of every email queued for this address. */
const subjectsTo = async (email: string) =>
  (await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, email.toLowerCase()))).map((m) => m.subject);

describe("POST /api/v1/assignments/{id}/escalations", () => {
  it("opens a case for the assigned worker, pauses auto-approval and tells the client", async () => {
    const { owner, assignee, assignment } = await submitted();
    const opened = await open(assignee, assignment.id);
    expect(opened.statusCode, opened.body).toBe(201);
    const view = opened.json();
    expect(view).toMatchObject({
      status: "open",
      category: "approval_delayed",
      desiredAmount: { amount: 100_00, currency: "USD" },
      openedBy: { id: assignee.me.id, side: "worker" },
      assignment: { id: assignment.id, autoApprovalPaused: true, autoPayPaused: true },
      party: "worker",
      actions: ["message", "withdraw", "propose"],
      overdue: false,
      messages: [],
    });
    expect(await assignmentOf(owner, assignment.id)).toMatchObject({ autoApprovalHeld: true });
    expect((await eventsOf(t, view.id)).map((e) => e.action)).toEqual(["escalation.opened"]);
    expect(await subjectsTo(owner.me.email)).toContain(`Escalation opened: ${assignment.title}`);
    const fromClient = await get(owner, view.id);
    expect(fromClient.json()).toMatchObject({ party: "admin", actions: ["message", "propose"] });
  });

  it("answers 404 to a stranger, 403 to a viewer, 409 in a status without a case and for a second case", async () => {
    const { owner, assignee, assignment } = await submitted();
    const stranger = await postingClient(t);
    const otherWorker = await readyWorker(t);
    expect((await open(stranger, assignment.id)).statusCode).toBe(404);
    expect((await open(otherWorker, assignment.id)).statusCode).toBe(404);
    expect((await open(await teamMember(), assignment.id)).statusCode).toBe(404);
    const viewer = await teammate(t, owner, "viewer");
    expect((await open(viewer, assignment.id)).json().code).toBe("forbidden");
    expect((await open(owner, assignment.id)).statusCode).toBe(201);
    const again = await open(assignee, assignment.id);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("escalation_already_open");
    const early = await assignedAssignment(t);
    const refused = await open(early.owner, early.assignment.id);
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "invalid_transition", currentStatus: "assigned" });
  });

  it("refuses bad input with 400 before looking anything up", async () => {
    const { assignee, assignment } = await submitted();
    const bad = await open(assignee, assignment.id, { ...body, category: "fraud", desiredAmount: -1 });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
  });

  it("takes cases up to 60 days after the last status change, shown on the assignment, and not a moment later", async () => {
    const first = await submitted();
    const submittedAt = t.clock.now().getTime();
    const second = await submitted();
    const closesAt = new Date(submittedAt + 60 * DAY).toISOString();
    expect((await assignmentOf(first.assignee, first.assignment.id)).escalationWindowClosesAt).toBe(closesAt);
    expect((await assignmentOf(first.owner, first.assignment.id)).escalationWindowClosesAt).toBe(closesAt);
    t.clock.set(new Date(submittedAt + 60 * DAY));
    const onTheEdge = await open(await relogin(first.assignee), first.assignment.id);
    expect(onTheEdge.statusCode, onTheEdge.body).toBe(201);
    t.clock.set(new Date(submittedAt + 60 * DAY + 1000));
    const late = await open(await relogin(second.owner), second.assignment.id);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: "escalation_window_closed" });
  });
});

describe("the case conversation", () => {
  it("starts the clocks: the team's first reply is the first response, private notes stay with the team", async () => {
    const { owner, assignee, assignment } = await submitted();
    const team = await teamMember();
    const id = (await open(assignee, assignment.id)).json().id;
    const opened = (await get(team, id)).json();
    expect(opened.firstResponseDueAt).toBe(opened.nextUpdateDueAt);
    const fromWorker = await post(assignee, id, "messages", { body: "Here are the photos again." });
    expect(fromWorker.statusCode, fromWorker.body).toBe(200);
    // The answer carries the new message, with the id a file for it names.
    expect(fromWorker.json().message).toMatchObject({
      body: "Here are the photos again.",
      visibility: "parties",
      author: { id: assignee.me.id, side: "worker" },
    });
    expect(fromWorker.json().messages.map((m: { id: string }) => m.id)).toEqual([fromWorker.json().message.id]);
    const note = await post(team, id, "messages", { body: "Client has ignored three messages.", visibility: "team" });
    expect(note.json().messages).toHaveLength(2);
    expect(note.json().message).toMatchObject({ visibility: "team", author: { side: "team" } });
    expect(note.json().messages.at(-1).id).toBe(note.json().message.id);
    const reply = await post(team, id, "messages", { body: "We have contacted the client." });
    expect(reply.json()).toMatchObject({ status: "in_review", firstResponseAt: t.clock.now().toISOString() });
    for (const party of [owner, assignee]) {
      const seen = (await get(party, id)).json();
      expect(seen.messages.map((m: { body: string }) => m.body)).toEqual([
        "Here are the photos again.",
        "We have contacted the client.",
      ]);
    }
    const sneaky = await post(assignee, id, "messages", { body: "Only the team", visibility: "team" });
    expect(sneaky.statusCode).toBe(403);
    const history = async (as: Session) =>
      (await call(t, as, { method: "GET", url: `/api/v1/events?subject=escalation:${id}` })).json();
    expect((await history(team)).items.map((e: { action: string }) => e.action)).toContain("escalation.note_added");
    expect((await history(assignee)).items.map((e: { action: string }) => e.action)).not.toContain(
      "escalation.note_added",
    );
    expect((await history(await postingClient(t))).code).toBe("not_found");
    const events = (await eventsOf(t, id)).map((e) => e.action);
    expect(events).toContain("escalation.note_added");
    expect(JSON.stringify(await eventsOf(t, id))).not.toContain("ignored three messages");
    const mails = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, owner.me.email.toLowerCase()));
    expect(mails.some((m) => m.text.includes("We have contacted the client."))).toBe(true);
    expect(mails.some((m) => m.text.includes("ignored three messages"))).toBe(false);
  });

  it("dues the next update 2 business days after the team's last one, and puts overdue cases first in the queue", async () => {
    // A Friday at noon: the next update is due on Tuesday at noon.
    t.clock.set(new Date("2031-01-03T12:00:00Z"));
    const a = await assignedAssignment(t);
    await act(t, a.assignee, a.assignment.id, "check-in", {});
    const b = await assignedAssignment(t);
    await act(t, b.assignee, b.assignment.id, "check-in", {});
    const team = await teamMember();
    const first = (await open(a.owner, a.assignment.id)).json().id;
    const replied = (await post(team, first, "messages", { body: "We are on it." })).json();
    expect(replied.nextUpdateDueAt).toBe("2031-01-07T12:00:00.000Z");
    t.clock.advance(HOUR);
    const second = (await open(b.assignee, b.assignment.id)).json();
    expect(second.firstResponseDueAt).toBe("2031-01-06T13:00:00.000Z");
    t.clock.set(new Date("2031-01-06T14:00:00Z"));
    const queue = (
      await call(t, await relogin(team), { method: "GET", url: "/api/v1/escalations?state=active" })
    ).json();
    const ids = queue.items.map((c: { id: string }) => c.id);
    expect(ids.indexOf(second.id)).toBeLessThan(ids.indexOf(first));
    expect(queue.items.find((c: { id: string }) => c.id === second.id).overdue).toBe(true);
  });

  it("lists a party's own cases only", async () => {
    const { owner, assignee, assignment } = await submitted();
    const id = (await open(owner, assignment.id)).json().id;
    const stranger = await postingClient(t);
    const mine = await call(t, assignee, { method: "GET", url: "/api/v1/escalations" });
    expect(mine.json().items.map((c: { id: string }) => c.id)).toEqual([id]);
    expect((await call(t, stranger, { method: "GET", url: "/api/v1/escalations" })).json().items).toEqual([]);
    expect((await get(stranger, id)).statusCode).toBe(404);
  });
});

describe("ending a case", () => {
  it("resumes auto-approval after the team closes it without agreement, on the clock where it stopped", async () => {
    const { owner, assignee, assignment } = await submitted();
    t.clock.advance(10 * HOUR);
    const team = await teamMember();
    const id = (await open(assignee, assignment.id)).json().id;
    t.clock.advance(100 * HOUR);
    await t.runJobs();
    expect(await assignmentOf(owner, assignment.id)).toMatchObject({ status: "submitted", autoApprovalHeld: true });
    expect((await post(assignee, id, "close", { summary: "Trying to close my own case" })).statusCode).toBe(403);
    const closed = await post(team, id, "close", { summary: "The client did not answer; nothing is imposed." });
    expect(closed.json()).toMatchObject({ status: "closed", nextUpdateDueAt: null, actions: [] });
    expect(await assignmentOf(owner, assignment.id)).toMatchObject({ autoApprovalHeld: false });
    t.clock.advance(61 * HOUR);
    await t.runJobs();
    expect((await assignmentOf(owner, assignment.id)).status).toBe("submitted");
    t.clock.advance(HOUR);
    await t.runJobs();
    expect((await assignmentOf(owner, assignment.id)).status).toBe("approved");
    const again = await post(team, id, "close", { summary: "Closing a second time." });
    expect(again.json()).toMatchObject({ code: "invalid_transition", currentStatus: "closed" });
  });

  it("pauses invoice auto-pay while open and pays after the opener withdraws; the other side may not withdraw", async () => {
    const { owner, assignee, assignment } = await submitted();
    await call(t, owner, {
      method: "POST",
      url: "/api/v1/payments/funding",
      payload: { amount: 1_000_00, currency: "USD", method: "wire" },
    });
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
    const id = (await open(owner, assignment.id)).json().id;
    t.clock.advance(31 * DAY);
    const [client, worker] = [await relogin(owner), await relogin(assignee)];
    await t.runJobs();
    const invoices = async () =>
      (await call(t, client, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignment.id}` })).json().items[0];
    expect(await invoices()).toMatchObject({ status: "open", autoPayHeld: true, pastDue: true });
    // Past due under an open case does not lock the company account.
    const balance = (await call(t, client, { method: "GET", url: "/api/v1/payments/balance" })).json();
    expect(balance.standing).toMatchObject({ locked: false, pastDue: [] });
    const notYours = await post(worker, id, "withdraw", { reason: null });
    expect(notYours.statusCode).toBe(403);
    const withdrawn = await post(client, id, "withdraw", { reason: "Sorted it out by phone." });
    expect(withdrawn.json()).toMatchObject({ status: "withdrawn", assignment: { autoPayPaused: false } });
    t.clock.advance(2 * 60_000);
    await t.runJobs();
    const failed = await t.db.select().from(jobs).where(eq(jobs.name, "payments.auto-pay"));
    expect(failed.map((j) => j.lastError).filter(Boolean)).toEqual([]);
    expect(await invoices()).toMatchObject({ status: "paid", autoPayHeld: false });
  });
});
