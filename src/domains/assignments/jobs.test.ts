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
  type Session,
} from "#test/given";
import { testApp } from "#test/harness";
import { holdAutoApproval, releaseAutoApproval } from "./index";

const t = await testApp();
const HOUR = 3_600_000;
const view = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` })).json();

async function submitted() {
  t.clock.set(t.clock.now());
  const setup = await assignedAssignment(t);
  await act(t, setup.assignee, setup.assignment.id, "submit", { hours: 2 });
  return setup;
}

describe("assignments.auto-approve", () => {
  it("approves a submitted assignment left alone for the company's delay (72 h), as the system", async () => {
    const { owner, assignment } = await submitted();
    t.clock.advance(71 * HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("submitted");
    t.clock.advance(HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("approved");
    const approved = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.approved");
    expect(approved).toMatchObject({ actorKind: "system", data: { auto: true } });
  });

  it("waits while an escalation holds auto-approval, and resumes the clock where it stopped", async () => {
    const { owner, assignment } = await submitted();
    t.clock.advance(10 * HOUR);
    await t.ctx().transaction((tx) => holdAutoApproval(tx, t.ctx(), assignment.id, "Escalation opened"));
    t.clock.advance(100 * HOUR);
    await t.runJobs();
    expect(await view(owner, assignment.id)).toMatchObject({ status: "submitted", autoApprovalHeld: true });
    await t.ctx().transaction((tx) => releaseAutoApproval(tx, t.ctx(), assignment.id));
    t.clock.advance(61 * HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("submitted");
    t.clock.advance(HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("approved");
  });

  it("does nothing for work returned to the worker, and approves the resubmission on its own clock", async () => {
    const { owner, assignee, assignment } = await submitted();
    t.clock.advance(HOUR);
    await act(t, owner, assignment.id, "return", { reason: "Photos missing" });
    t.clock.advance(HOUR);
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    t.clock.advance(71 * HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("submitted");
    t.clock.advance(HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).status).toBe("approved");
    const approvals = (await eventsOf(t, assignment.id)).filter((e) => e.action === "assignment.approved");
    expect(approvals).toHaveLength(1);
  });

  it("lets a person approve first; the job then finds nothing to do", async () => {
    const { owner, assignment } = await submitted();
    await act(t, owner, assignment.id, "approve");
    t.clock.advance(80 * HOUR);
    await t.runJobs();
    expect((await eventsOf(t, assignment.id)).filter((e) => e.action === "assignment.approved")).toHaveLength(1);
  });
});

describe("assignments.unconfirmed-alert", () => {
  it("labels the assignment not_confirmed and alerts the client when the confirmation time passes", async () => {
    t.clock.set(t.clock.now());
    const { owner, assignee, assignment } = await assignedAssignment(t, { startsIn: 48 });
    t.clock.advance(23 * HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).labels).toEqual([]);
    t.clock.advance(2 * HOUR);
    await t.runJobs();
    expect((await view(owner, assignment.id)).labels).toEqual(["not_confirmed"]);
    expect((await lastMailTo(t, owner.me.email)).subject).toContain("Not confirmed");
    t.clock.advance(60_000);
    await act(t, assignee, assignment.id, "confirm");
    expect((await view(owner, assignment.id)).labels).toEqual([]);
  });

  it("stays quiet when the worker confirmed in time", async () => {
    t.clock.set(t.clock.now());
    const { owner, assignee, assignment } = await assignedAssignment(t, { startsIn: 48 });
    await act(t, assignee, assignment.id, "confirm");
    t.clock.advance(30 * HOUR);
    await t.runJobs();
    const actions = (await eventsOf(t, assignment.id)).map((e) => e.action);
    expect(actions).not.toContain("assignment.unconfirmed_alerted");
    expect((await view(owner, assignment.id)).labels).toEqual([]);
  });
});

describe("assignments.expire-invitations", () => {
  it("expires open invitations at the time the client set; with nobody left the assignment is declined", async () => {
    t.clock.set(t.clock.now());
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const draft = await draftAssignment(t, owner);
    const expiresAt = new Date(t.clock.now().getTime() + 2 * HOUR).toISOString();
    await act(t, owner, draft.id, "send", { workerIds: [ann.me.id, ben.me.id], invitationsExpireAt: expiresAt });
    await act(t, ann, draft.id, "decline", { reason: "Busy" });
    t.clock.advance(HOUR);
    await t.runJobs();
    expect((await view(owner, draft.id)).status).toBe("sent");
    t.clock.advance(HOUR);
    const late = await call(t, ben, { method: "POST", url: `/api/v1/assignments/${draft.id}/accept` });
    expect(late.statusCode).toBe(409);
    expect(late.json().detail).toMatch(/expired/);
    await t.runJobs();
    const after = await view(owner, draft.id);
    expect(after.status).toBe("declined");
    expect(after.recipients.map((r: { status: string }) => r.status).sort()).toEqual(["declined", "expired"]);
    expect((await lastMailTo(t, owner.me.email)).subject).toContain("No takers");
  });
});
