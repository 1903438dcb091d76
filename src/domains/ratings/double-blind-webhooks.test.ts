/**
 * The double-blind rule on the webhook channel (issue 14, Proof): an assignment's webhook carries the company's view,
 * its compact scorecard included; while the worker's rating of the company is hidden, no delivery shows the rating or
 * counts it, and once published the next delivery counts it (so the check could fail).
 */
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { sender } from "#domains/notifications/webhooks/sender-steps";
import { act, assignedAssignment, call, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { startReceiver } from "#test/webhook-receiver";

const t = await testApp();
const receiver = await startReceiver();
afterAll(async () => {
  await sender.settled();
  await receiver.close();
});
beforeEach(() => {
  process.env.WORKLANE_WEBHOOKS_ALLOW_PRIVATE = "true";
});

async function deliver() {
  await t.runJobs();
  await sender.settled();
}

/** The satisfaction count in the compact scorecard of the newest delivery of `type`. */
function lastSatisfactionCount(type: string): number | undefined {
  const last = receiver.received.filter((r) => r.type === type).at(-1);
  const body = last ? JSON.parse(last.body) : null;
  const figures = (body?.data?.record?.companyScorecard?.figures ?? []) as { key: string; count: number }[];
  return figures.find((f) => f.key === "satisfaction")?.count;
}

describe("webhooks and the double-blind rule", () => {
  it("never carry a hidden rating, and count it in the scorecard only once published", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const created = await call(t, owner, {
      method: "POST",
      url: "/api/v1/webhooks",
      payload: { url: receiver.url, eventTypes: ["assignment.sent", "assignment.approved", "assignment.submitted"] },
    });
    expect(created.statusCode, created.body).toBe(201);
    receiver.acceptSecret(created.json().secret);
    await act(t, assignee, assignment.id, "check-in", {});
    await act(t, assignee, assignment.id, "submit", { hours: 2 });
    await act(t, owner, assignment.id, "approve");
    const review = "WEBHOOK-SECRET-REVIEW: slow payer";
    const payload = {
      rates: "company",
      overall: "unsatisfied",
      clarity: "satisfied",
      communication: "satisfied",
      paymentAsPromised: "unsatisfied",
      review,
    };
    const rated = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/ratings`,
      payload,
    });
    expect(rated.statusCode, rated.body).toBe(201);
    const ratingId = rated.json().mine.id;

    // The company keeps working: its deliveries after the hidden rating neither show nor count it.
    await sentAssignment(t, owner, [await readyWorker(t)]);
    await deliver();
    const bodies = receiver.received.map((r) => r.body).join("\n");
    expect(receiver.received.length).toBeGreaterThanOrEqual(3);
    expect(receiver.received.every((r) => r.verified)).toBe(true);
    expect(bodies).not.toContain("WEBHOOK-SECRET");
    expect(bodies).not.toContain(ratingId);
    expect(lastSatisfactionCount("assignment.sent")).toBe(0);

    // Published at the end of the blind period: the next delivery counts it.
    t.clock.advance(15 * 86_400_000);
    await t.runJobs();
    await sentAssignment(t, owner, [await readyWorker(t)]);
    await deliver();
    expect(lastSatisfactionCount("assignment.sent")).toBe(1);
    expect(receiver.received.map((r) => r.body).join("\n")).not.toContain("WEBHOOK-SECRET");
  });
});
