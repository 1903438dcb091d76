import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const body = {
  category: "approval_delayed",
  details: "I submitted the work with photos and the client has not answered my messages.",
  desiredOutcome: "Approve the work and pay it.",
};
const post = (as: Session, url: string, payload: Record<string, unknown> = {}) =>
  call(t, as, { method: "POST", url, payload });
const get = (as: Session, url: string) => call(t, as, { method: "GET", url });

/** A submitted assignment with a thread (a message each way and a company note) and an open case. */
async function caseWithThread() {
  const setup = await assignedAssignment(t);
  const { owner, assignee, assignment } = setup;
  const thread = `/api/v1/assignments/${assignment.id}/messages`;
  expect((await post(assignee, thread, { kind: "message", body: "The door frame is cracked." })).statusCode).toBe(201);
  expect((await post(owner, thread, { kind: "message", body: "Fix it as you see fit." })).statusCode).toBe(201);
  expect((await post(owner, thread, { kind: "note", body: "Internal: check the budget." })).statusCode).toBe(201);
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  const opened = await post(assignee, `/api/v1/assignments/${assignment.id}/escalations`, body);
  expect(opened.statusCode, opened.body).toBe(201);
  return { ...setup, caseId: opened.json().id as string };
}

describe("the team's case page: the assignment's thread and payments", () => {
  it("shows the team the thread without the company's notes, and its invoice and ledger transfers; parties get no record", async () => {
    const { owner, assignee, assignment, caseId } = await caseWithThread();
    const team = await staffMember(t, "escalations");
    const seen = await get(team, `/api/v1/escalations/${caseId}`);
    expect(seen.statusCode).toBe(200);
    const record = seen.json().record;
    expect(record.thread.map((m: { body: string }) => m.body)).toEqual([
      "The door frame is cracked.",
      "Fix it as you see fit.",
    ]);
    expect(record.invoices).toEqual([]);
    for (const party of [owner, assignee]) {
      expect((await get(party, `/api/v1/escalations/${caseId}`)).json().record).toBeNull();
    }
    // Once approved (through the case's pause, by hand) the invoice and its transfers appear for the team.
    await act(t, owner, assignment.id, "approve");
    await t.runJobs();
    const later = (await get(team, `/api/v1/escalations/${caseId}`)).json().record;
    expect(later.invoices).toHaveLength(1);
    expect(later.invoices[0]).toMatchObject({ status: "open", paidAt: null });
    for (const transfer of later.transfers as { postings: { amount: { amount: number } }[] }[]) {
      // Every transfer shown balances, as the ledger requires.
      expect(transfer.postings.reduce((sum, p) => sum + p.amount.amount, 0)).toBe(0);
    }
  });
});

describe("notifying the parties", () => {
  it("puts every step of the case in the other party's in-app notifications, linking to the case", async () => {
    const { owner, caseId } = await caseWithThread();
    const inbox = (await get(owner, "/api/v1/notifications")).json().items as { type: string; link: string }[];
    expect(inbox.filter((n) => n.type === "escalation.update").map((n) => n.link)).toContain(`/escalations/${caseId}`);
    const team = await staffMember(t, "escalations");
    await post(team, `/api/v1/escalations/${caseId}/messages`, { body: "We are on it." });
    const after = (await get(owner, "/api/v1/notifications")).json().items as { type: string }[];
    expect(after.filter((n) => n.type === "escalation.update").length).toBeGreaterThanOrEqual(2);
  });
});
