import { randomBytes } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sender } from "#domains/notifications/webhooks/sender-steps";
import { createLocalStorage, setStorage } from "#platform/storage";
import { act, assignedAssignment, call, multipartFile, postingClient, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";
import { startReceiver } from "#test/webhook-receiver";

/**
 * Escalation cases by webhook: the client company party to the case receives its steps, signed, with the case as its
 * read-only member reads it; another company nothing; a team note (and a note's file) neither a delivery nor its text.
 */
const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-case-hooks-"))));
const receivers: Awaited<ReturnType<typeof startReceiver>>[] = [];
afterAll(async () => {
  await sender.settled();
  await Promise.all(receivers.map((r) => r.close()));
});
beforeEach(() => {
  process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
});

const caseTypes = [
  "escalation.opened",
  "escalation.taken",
  "escalation.message_posted",
  "escalation.proposed",
  "escalation.proposal_accepted",
  "escalation.proposal_declined",
  "escalation.file_added",
  "escalation.withdrawn",
  "escalation.resolved",
  "escalation.closed",
];

/** An endpoint of this company that chose every case event, and its receiver holding the secret. */
async function listening(as: Session) {
  const hook = await startReceiver();
  receivers.push(hook);
  const created = await call(t, as, {
    method: "POST",
    url: "/api/v1/webhooks",
    payload: { url: hook.url, eventTypes: caseTypes },
  });
  expect(created.statusCode, created.body).toBe(201);
  hook.acceptSecret(created.json().secret);
  return { hook, id: created.json().webhook.id as string };
}

async function deliver() {
  await t.runJobs();
  await sender.settled();
}

const post = (as: Session, id: string, verb: string, payload: Record<string, unknown> = {}) =>
  call(t, as, { method: "POST", url: `/api/v1/escalations/${id}/${verb}`, payload });

describe("escalation webhooks", () => {
  it("sends the company the case's steps, signed, as its read-only member reads the case; never a team note", async () => {
    t.clock.set(t.clock.now());
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    const mine = await listening(owner);
    const stranger = await postingClient(t);
    const theirs = await listening(stranger);

    const opened = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/escalations`,
      payload: {
        category: "approval_delayed",
        details: "Submitted a week ago, no answer.",
        desiredOutcome: "Approve the work.",
        desiredAmount: 100_00,
      },
    });
    expect(opened.statusCode, opened.body).toBe(201);
    const caseId = opened.json().id as string;
    await deliver();
    expect(mine.hook.received.map((r) => [r.type, r.verified])).toEqual([["escalation.opened", true]]);
    const first = JSON.parse(mine.hook.received[0]?.body ?? "{}");
    expect(first.data.subject).toEqual({ type: "escalation", id: caseId });
    expect(first.data.actor).toEqual({ kind: "user", id: assignee.me.id });
    expect(first.data.changes).toMatchObject({ to: "open", side: "worker", category: "approval_delayed" });
    expect(first.data.record).toMatchObject({
      id: caseId,
      status: "open",
      details: "Submitted a week ago, no answer.",
      assignment: { id: assignment.id, company: opened.json().assignment.company, autoApprovalPaused: true },
      party: "viewer",
      actions: [],
    });
    // Small and stable: the summary, not the conversation (nor the team's record).
    expect(Object.keys(first.data.record)).not.toContain("messages");
    expect(Object.keys(first.data.record)).not.toContain("record");

    // The team's private note (and a file on it): no delivery, and its text reaches no receiver.
    const team = await staffMember(t, "escalations");
    const secretText = `Private staff note ${randomBytes(6).toString("hex")}`;
    const note = await post(team, caseId, "messages", { body: secretText, visibility: "team" });
    expect(note.statusCode, note.body).toBe(200);
    const file = await call(t, team, {
      method: "POST",
      url: `/api/v1/escalations/${caseId}/files?messageId=${note.json().message.id}`,
      ...multipartFile(
        Buffer.concat([Buffer.from("%PDF-1.7\n"), randomBytes(64)]),
        "staff-only.pdf",
        "application/pdf",
      ),
    });
    expect(file.statusCode, file.body).toBe(201);
    await deliver();
    expect(mine.hook.received.map((r) => r.type)).toEqual(["escalation.opened"]);

    // The team's message to both parties: delivered; the note is still in no body sent.
    const reply = await post(team, caseId, "messages", { body: "We have contacted the client." });
    expect(reply.statusCode, reply.body).toBe(200);
    const closed = await post(team, caseId, "close", { summary: "No agreement was reached; nothing is imposed." });
    expect(closed.statusCode, closed.body).toBe(200);
    await deliver();
    expect(mine.hook.received.map((r) => [r.type, r.verified])).toEqual([
      ["escalation.opened", true],
      ["escalation.message_posted", true],
      ["escalation.closed", true],
    ]);
    const posted = JSON.parse(mine.hook.received[1]?.body ?? "{}");
    expect(posted.data).toMatchObject({
      actor: { kind: "user", id: team.me.id },
      changes: { side: "team", visibility: "parties" },
      record: { id: caseId, status: "in_review", party: "viewer", actions: [] },
    });
    const ended = JSON.parse(mine.hook.received[2]?.body ?? "{}");
    expect(ended.data.record).toMatchObject({
      status: "closed",
      closingSummary: "No agreement was reached; nothing is imposed.",
      assignment: { autoApprovalPaused: false, autoPayPaused: false },
    });
    for (const r of mine.hook.received) {
      expect(r.body).not.toContain(secretText);
      expect(r.body).not.toContain("staff-only.pdf");
      expect(r.body).not.toContain("note_");
    }
    const log = await call(t, owner, { method: "GET", url: `/api/v1/webhooks/${mine.id}/deliveries` });
    expect(
      log
        .json()
        .items.map((d: { eventType: string }) => d.eventType)
        .sort(),
    ).toEqual(["escalation.closed", "escalation.message_posted", "escalation.opened"]);
    expect(log.body).not.toContain(secretText);

    // Another company's endpoint, subscribed to the same events, received nothing.
    expect(theirs.hook.received).toEqual([]);
    const none = await call(t, stranger, { method: "GET", url: `/api/v1/webhooks/${theirs.id}/deliveries` });
    expect(none.json().items).toEqual([]);
  });

  it("refuses the team-private note events as webhook types", async () => {
    const owner = await postingClient(t);
    for (const type of ["escalation.note_added", "escalation.note_file_added"]) {
      const refused = await call(t, owner, {
        method: "POST",
        url: "/api/v1/webhooks",
        payload: { url: "https://example.com/hooks", eventTypes: [type] },
      });
      expect(refused.statusCode, refused.body).toBe(400);
    }
  });
});
