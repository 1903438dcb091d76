import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const HOUR = 3_600_000;
t.clock.set(new Date());

/**
 * Issue 9 item 5: "a worker checked in three days before the start, and then claimed 3.5 hours against a time log
 * of 0 h 00 min with no deliverables; the approval view shows both figures without a word".
 */
describe("approval warnings", () => {
  it("tell the client, before approving, of a claim above the time logged, nothing handed in and an early check-in", async () => {
    const { owner, assignee: worker, assignment } = await assignedAssignment(t, { startsIn: 72 });
    const checkedIn = await act(t, worker, assignment.id, "check-in", { note: null });
    expect((checkedIn.timeLogs as { early: boolean }[])[0]?.early).toBe(true);
    await act(t, worker, assignment.id, "check-out", { note: null });
    await act(t, worker, assignment.id, "submit", { hours: 3.5 });

    const page = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    const warnings = page.json().approvalWarnings as { code: string; message: string }[];
    expect(warnings.map((w) => w.code)).toEqual(["claim_exceeds_logged_time", "no_deliverables", "early_check_in"]);
    expect(warnings[0]?.message).toBe("3.5 h claimed against 0 h 00 min logged by check-in and check-out.");
    expect(warnings[2]?.message).toBe("The worker checked in 3 days before the scheduled start.");
    // The client's list says since when it has waited (the home page's "waiting for approval").
    const list = await call(t, owner, { method: "GET", url: "/api/v1/assignments?status=submitted" });
    expect(list.json().items[0]).toMatchObject({ id: assignment.id, submittedAt: expect.any(String) });
    // The worker's own view carries none: they are the client's to weigh.
    const own = await call(t, worker, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    expect(own.json().approvalWarnings).toEqual([]);
    // Approving stays possible: the warnings inform, they do not block.
    const approved = await act(t, owner, assignment.id, "approve");
    expect([approved.status, approved.approvalWarnings]).toEqual(["approved", []]);
  });

  it("stay quiet for a claim within the time logged after a check-in near the start", async () => {
    const { owner, assignee: worker, assignment } = await assignedAssignment(t, { startsIn: 1 });
    await act(t, worker, assignment.id, "check-in", { note: null });
    t.clock.advance(2 * HOUR);
    await act(t, worker, assignment.id, "check-out", { note: null });
    await act(t, worker, assignment.id, "submit", { hours: 2 });
    const page = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${assignment.id}` });
    const codes = (page.json().approvalWarnings as { code: string }[]).map((w) => w.code);
    expect(codes).toEqual(["no_deliverables"]);
    expect((page.json().timeLogs as { early: boolean }[])[0]?.early).toBe(false);
  });
});
