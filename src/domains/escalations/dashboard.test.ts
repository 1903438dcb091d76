import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const post = (as: Session, url: string, payload: Record<string, unknown> = {}) =>
  call(t, as, { method: "POST", url, payload });

async function caseOpened() {
  const { owner, assignee, assignment } = await assignedAssignment(t);
  await act(t, assignee, assignment.id, "check-in", {});
  const opened = await post(owner, `/api/v1/assignments/${assignment.id}/escalations`, {
    category: "quality_of_work",
    details: "Half the terminals do not work.",
    desiredOutcome: "Come back and fix them.",
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return `/api/v1/escalations/${opened.json().id}`;
}

describe("GET /api/v1/staff/escalations/dashboard", () => {
  it("counts first responses, update intervals kept, overdue cases and how cases ended", async () => {
    t.clock.set(new Date("2031-03-03T09:00:00Z")); // a Monday
    const first = await caseOpened();
    const second = await caseOpened();
    const team = await staffMember(t, "escalations");
    t.clock.advance(2 * HOUR);
    await post(team, `${first}/messages`, { body: "We are on it." });
    t.clock.advance(DAY);
    await post(team, `${first}/messages`, { body: "An update." }); // Tuesday: within 2 business days
    t.clock.advance(4 * DAY);
    await post(team, `${first}/messages`, { body: "Late update." }); // Saturday: 4 days, 3 business days later
    await post(team, `${first}/close`, { summary: "No agreement was reached on this one." });
    const figures = await call(t, team, { method: "GET", url: "/api/v1/staff/escalations/dashboard" });
    expect(figures.statusCode, figures.body).toBe(200);
    expect(figures.json()).toMatchObject({
      cases: 2,
      active: 1,
      overdue: 1,
      firstResponse: { answered: 1, withinOneBusinessDay: 1, averageHours: 2 },
      updates: { intervals: 2, kept: 1 },
      closing: { resolved: 0, closed: 1, withdrawn: 0, averageHours: 122 },
    });
    expect((await call(t, team, { method: "GET", url: second })).json().overdue).toBe(true);
  });
});
