import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  call,
  draftAssignment,
  eventsOf,
  lastMailTo,
  postingClient,
  readyWorker,
  sentAssignment,
  teammate,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const get = (as: Parameters<typeof call>[1], id: string) =>
  call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` }).then((r) => r.json());

describe("an assignment from draft to approved, for both parties", () => {
  it("walks draft → sent → assigned → in progress → submitted → approved, with the history on both sides", async () => {
    const owner = await postingClient(t);
    const finance = await teammate(t, owner, "finance");
    const wren = await readyWorker(t);
    const draft = await draftAssignment(t, owner);
    expect(draft).toMatchObject({ status: "draft", party: "admin", maximumSpend: { amount: 25_000, currency: "USD" } });
    expect(draft.actions).toEqual(["update", "send", "assign", "void"]);

    const sent = await act(t, owner, draft.id, "send", { workerIds: [wren.me.id] });
    expect(sent.status).toBe("sent");
    expect((await lastMailTo(t, wren.me.email)).subject).toContain("New assignment");

    const asInvitee = await get(wren, draft.id);
    expect(asInvitee).toMatchObject({ party: "invitee", instructions: null, onsiteContact: null });
    expect(asInvitee.actions).toEqual(["accept", "decline"]);

    const accepted = await act(t, wren, draft.id, "accept");
    expect(accepted).toMatchObject({ status: "assigned", party: "assignee", assignedWorker: { id: wren.me.id } });
    expect(accepted.instructions).toContain("door code");
    await act(t, wren, draft.id, "confirm");
    const checkedIn = await act(t, wren, draft.id, "check-in", { note: "On site" });
    expect(checkedIn.status).toBe("in_progress");
    expect(checkedIn.actions).toContain("checkOut");
    t.clock.advance(3 * 3_600_000);
    await act(t, wren, draft.id, "check-out");
    const submitted = await act(t, wren, draft.id, "submit", {
      hours: 3,
      expenses: 1_500,
      notes: "Both terminals work.",
    });
    expect(submitted).toMatchObject({ status: "submitted", claim: { hours: 3, total: { amount: 16_500 } } });
    expect((await lastMailTo(t, owner.me.email)).subject).toContain("Ready for approval");

    const approved = await act(t, finance, draft.id, "approve");
    expect(approved).toMatchObject({ status: "approved", actions: [] });
    expect((await lastMailTo(t, wren.me.email)).subject).toContain("Approved");

    const history = (await eventsOf(t, draft.id)).map((e) => e.action);
    expect(history).toEqual([
      "assignment.created",
      "assignment.sent",
      "assignment.accepted",
      "assignment.confirmed",
      "assignment.checked_in",
      "assignment.checked_out",
      "assignment.submitted",
      "assignment.approved",
    ]);
    const clientTimeline = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${draft.id}/timeline` });
    const workerTimeline = await call(t, wren, { method: "GET", url: `/api/v1/assignments/${draft.id}/timeline` });
    expect(clientTimeline.json().items).toHaveLength(8);
    expect(workerTimeline.json().items.map((e: { action: string }) => e.action)).toEqual(history.slice(2));
  });

  it("assigns one worker directly and lets them submit a flat fee without checking in", async () => {
    const owner = await postingClient(t);
    const wren = await readyWorker(t);
    const draft = await draftAssignment(t, owner, { pricing: { type: "flat", amount: 40_000 }, confirmationHours: 0 });
    const assigned = await act(t, owner, draft.id, "send", { workerIds: [wren.me.id], assignDirectly: true });
    expect(assigned).toMatchObject({ status: "assigned", assignedWorker: { id: wren.me.id } });
    const submitted = await act(t, wren, draft.id, "submit", {});
    expect(submitted).toMatchObject({ status: "submitted", claim: { total: { amount: 40_000 } } });
  });

  it("returns submitted work with a reason, back to in progress", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "check-in");
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    const returned = await act(t, owner, assignment.id, "return", { reason: "The second terminal is not mounted." });
    expect(returned).toMatchObject({ status: "in_progress", returnReason: "The second terminal is not mounted." });
    expect((await lastMailTo(t, assignee.me.email)).text).toContain("not mounted");
  });

  it("refuses a claim above the maximum spend with 422 budget_exceeded, and accepts less", async () => {
    const { assignee, assignment } = await assignedAssignment(t);
    const over = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/submit`,
      payload: { hours: 5, expenses: 1 },
    });
    expect(over.statusCode).toBe(422);
    expect(over.json()).toMatchObject({ code: "budget_exceeded", claimed: 25_001, maximum: 25_000 });
    const noHours = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/submit`,
      payload: {},
    });
    expect(noHours.statusCode).toBe(400);
    await act(t, assignee, assignment.id, "submit", { hours: 4.5 });
  });
});

describe("routing", () => {
  it("applications: invitees apply with counter-offers, the client picks one, the others are told", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben], { routingMode: "applications" });
    const refused = await call(t, ann, { method: "POST", url: `/api/v1/assignments/${sent.id}/accept` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toMatch(/apply instead/);
    await act(t, ann, sent.id, "apply", { message: "I did this store last year." });
    const counter = { pricing: { type: "flat", amount: 20_000 }, schedule: null };
    const benView = await act(t, ben, sent.id, "apply", { message: "Cheaper, flat.", counterOffer: counter });
    expect(benView.applications).toHaveLength(1);
    const clientView = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${sent.id}` });
    const applications = clientView.json().applications;
    expect(applications.map((a: { maximumSpend: { amount: number } }) => a.maximumSpend.amount)).toEqual([
      25_000, 20_000,
    ]);
    const chosen = applications[1].id;
    const selected = await act(t, owner, sent.id, `applications/${chosen}/select`);
    expect(selected).toMatchObject({
      status: "assigned",
      pricing: { type: "flat", amount: 20_000 },
      maximumSpend: { amount: 20_000 },
    });
    expect((await lastMailTo(t, ann.me.email)).subject).toContain("Filled");
    expect((await lastMailTo(t, ben.me.email)).subject).toContain("You got it");
  });

  it("declines with a reason; when every invitee has declined the assignment is declined", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben]);
    expect((await act(t, ann, sent.id, "decline", { reason: "Too far" })).status).toBe("sent");
    expect((await act(t, ben, sent.id, "decline", { reason: "Booked" })).status).toBe("declined");
    const view = await get(owner, sent.id);
    expect(view.recipients.map((r: { reason: string }) => r.reason).sort()).toEqual(["Booked", "Too far"]);
    const carl = await readyWorker(t);
    expect((await act(t, owner, sent.id, "recipients", { workerIds: [carl.me.id] })).status).toBe("sent");
    expect((await act(t, owner, sent.id, "withdraw")).status).toBe("draft");
    const carlView = await get(carl, sent.id);
    expect(carlView).toMatchObject({ invitation: { status: "withdrawn" }, actions: [] });
  });

  it("lists what was sent to the worker with the client, price, distance and completeness", async () => {
    const owner = await postingClient(t);
    const wren = await readyWorker(t);
    await call(t, wren, {
      method: "PATCH",
      url: "/api/v1/workers/me",
      payload: {
        homeLocation: {
          address: null,
          city: "Round Rock",
          region: "TX",
          postalCode: null,
          country: "US",
          latitude: 30.5083,
          longitude: -97.6789,
        },
      },
    });
    const sent = await sentAssignment(t, owner, [wren]);
    const inbox = await call(t, wren, { method: "GET", url: "/api/v1/assignments/inbox" });
    expect(inbox.statusCode, inbox.body).toBe(200);
    const [item] = inbox.json().items;
    expect(item).toMatchObject({
      id: sent.id,
      company: { name: owner.me.company?.name, profileUrl: `/companies/${owner.me.company?.id}` },
      maximumSpend: { amount: 25_000, currency: "USD" },
      invitation: { status: "invited" },
      actions: ["accept", "decline"],
    });
    expect(item.distanceKm).toBeGreaterThan(25);
    expect(item.distanceKm).toBeLessThan(30);
    expect(item.completeness.findings.map((f: { code: string }) => f.code)).toEqual(["deliverables_missing"]);
  });
});

describe("changes while assigned", () => {
  it("tells the assigned worker what changed, and refuses an edit made from a stale version", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const stale = assignment.version;
    const updated = await call(t, owner, {
      method: "PATCH",
      url: `/api/v1/assignments/${assignment.id}`,
      payload: { version: (await get(owner, assignment.id)).version, instructions: "Use the side door." },
    });
    expect(updated.statusCode, updated.body).toBe(200);
    expect((await lastMailTo(t, assignee.me.email)).text).toContain("instructions");
    const again = await call(t, owner, {
      method: "PATCH",
      url: `/api/v1/assignments/${assignment.id}`,
      payload: { version: stale, title: "Lost update" },
    });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe("version_conflict");
    const price = await call(t, owner, {
      method: "PATCH",
      url: `/api/v1/assignments/${assignment.id}`,
      payload: { version: updated.json().version, pricing: { type: "flat", amount: 1 } },
    });
    expect(price.statusCode).toBe(409);
  });

  it("holds and resumes: the on_hold label, and no check-in while held", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const held = await act(t, owner, assignment.id, "hold", { reason: "Store closed for inventory" });
    expect(held.labels).toContain("on_hold");
    await act(t, assignee, assignment.id, "check-in", {}, 409);
    const resumed = await act(t, owner, assignment.id, "resume");
    expect(resumed.labels).not.toContain("on_hold");
    await act(t, assignee, assignment.id, "check-in", {});
  });

  it("abandon and no-show put the assignment back in draft, recorded against the worker", async () => {
    const first = await assignedAssignment(t, { startsIn: 1 });
    const abandoned = await act(t, first.assignee, first.assignment.id, "abandon", { reason: "Car broke down" });
    expect(abandoned).toMatchObject({ status: "draft", party: "invitee", actions: [] });
    const second = await assignedAssignment(t, { startsIn: 1 });
    await act(t, second.owner, second.assignment.id, "no-show", undefined, 409);
    t.clock.advance(2 * 3_600_000);
    const noShow = await act(t, second.owner, second.assignment.id, "no-show");
    expect(noShow).toMatchObject({ status: "draft", assignedWorker: null });
    const events = (await eventsOf(t, second.assignment.id)).map((e) => [e.action, e.data.workerId]);
    expect(events).toContainEqual(["assignment.no_show_marked", second.assignee.me.id]);
    const resent = await act(t, second.owner, second.assignment.id, "send", { workerIds: [second.assignee.me.id] });
    expect(resent.status).toBe("sent");
  });

  it("voids a draft only", async () => {
    const owner = await postingClient(t);
    const draft = await draftAssignment(t, owner);
    expect((await act(t, owner, draft.id, "void")).status).toBe("void");
    const again = await act(t, owner, draft.id, "void", undefined, 409);
    expect(again).toMatchObject({ code: "invalid_transition", currentStatus: "void" });
  });
});

describe("policies before posting, accepting and working", () => {
  it("refuses to send or accept until the current policies are accepted, changing nothing", async () => {
    const { client, worker, acceptAllPolicies } = await import("#test/given");
    const owner = await client(t);
    const wren = await worker(t);
    const draft = await draftAssignment(t, owner);
    const refused = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/send`,
      payload: { workerIds: [wren.me.id] },
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe("policy_acceptance_required");
    expect((await get(owner, draft.id)).status).toBe("draft");
    await acceptAllPolicies(t, owner);
    await act(t, owner, draft.id, "send", { workerIds: [wren.me.id] });
    const notYet = await call(t, wren, { method: "POST", url: `/api/v1/assignments/${draft.id}/accept` });
    expect(notYet.json().code).toBe("policy_acceptance_required");
    await acceptAllPolicies(t, wren);
    await act(t, wren, draft.id, "accept");
  });
});

describe("POST /api/v1/assignments/:id/recipients", () => {
  it("reopens lapsed invitations for the workers added, or sets the new expiry given", async () => {
    t.clock.set(t.clock.now());
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const draft = await draftAssignment(t, owner);
    const soon = new Date(t.clock.now().getTime() + 3_600_000).toISOString();
    await act(t, owner, draft.id, "send", { workerIds: [ann.me.id], invitationsExpireAt: soon });
    t.clock.advance(2 * 3_600_000);
    await t.runJobs();
    expect((await get(owner, draft.id)).status).toBe("declined");
    const reopened = await act(t, owner, draft.id, "recipients", { workerIds: [ben.me.id] });
    expect(reopened).toMatchObject({ status: "sent", invitationsExpireAt: null });
    await act(t, ben, draft.id, "accept");
  });
});
