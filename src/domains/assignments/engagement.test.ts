import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, eventsOf, postingClient, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
type Session = Awaited<ReturnType<typeof readyWorker>>;
type Json = Record<string, unknown>;

const get = (as: Session, id: string) =>
  call(t, as, { method: "GET", url: `/api/v1/assignments/${id}` }).then((r) => r.json());
const inbox = async (as: Session, status: string) => {
  const response = await call(t, as, { method: "GET", url: `/api/v1/assignments/inbox?status=${status}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items.map((item: { id: string; invitation: { status: string } }) => item.id);
};
const recipient = (view: { recipients: { worker: { id: string } }[] }, worker: Session) =>
  view.recipients.find((r) => r.worker.id === worker.me.id);

describe("how a worker came off an assignment is kept on their invitation", () => {
  it("abandon: the invitation says abandoned with the worker's reason, on both sides and in the inbox filter", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await act(t, assignee, assignment.id, "abandon", { reason: "Van broke down" });

    expect(recipient(await get(owner, assignment.id), assignee)).toMatchObject({
      status: "abandoned",
      reason: "Van broke down",
    });
    const mine = await get(assignee, assignment.id);
    expect(mine).toMatchObject({
      status: "draft",
      party: "invitee",
      invitation: { status: "abandoned", reason: "Van broke down" },
      workerOutcome: "abandoned",
      actions: [],
    });
    expect(await inbox(assignee, "abandoned")).toEqual([assignment.id]);
    for (const other of ["accepted", "withdrawn", "no_show"]) {
      expect(await inbox(assignee, other)).toEqual([]);
    }
    const event = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.abandoned");
    expect(event?.data).toMatchObject({
      workerId: assignee.me.id,
      workerName: assignee.me.name,
      reason: "Van broke down",
    });
  });

  it("no-show: the invitation says no_show, the event names the worker, and they may be invited again", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t, { startsIn: 1 });
    t.clock.advance(2 * 3_600_000);
    await act(t, owner, assignment.id, "no-show");

    expect(recipient(await get(owner, assignment.id), assignee)).toMatchObject({ status: "no_show", reason: null });
    expect(await get(assignee, assignment.id)).toMatchObject({
      invitation: { status: "no_show", reason: null },
      workerOutcome: "no_show",
    });
    expect(await inbox(assignee, "no_show")).toEqual([assignment.id]);
    const event = (await eventsOf(t, assignment.id)).find((e) => e.action === "assignment.no_show_marked");
    expect(event?.data).toMatchObject({
      workerName: assignee.me.name,
      closedRequestIds: [],
      extraBudgetCleared: 0,
      // Nothing handed in, nothing released (deliverables/released.test.ts covers a worker who did hand in).
      releasedFileIds: [],
      releasedReportIds: [],
      checklistCleared: [],
      fieldsCleared: [],
    });
    expect(event?.data).not.toHaveProperty("reason");

    // Sent to someone else, the worker taken off cannot take it back; invited again, they can.
    const ben = await readyWorker(t);
    await act(t, owner, assignment.id, "send", { workerIds: [ben.me.id] });
    const refused = await call(t, assignee, { method: "POST", url: `/api/v1/assignments/${assignment.id}/accept` });
    expect(refused.json().detail).toMatch(/taken off this assignment/);
    await act(t, owner, assignment.id, "recipients", { workerIds: [assignee.me.id] });
    expect(await get(assignee, assignment.id)).toMatchObject({
      invitation: { status: "invited" },
      workerOutcome: null,
    });
    await act(t, assignee, assignment.id, "accept");
    expect(await get(assignee, assignment.id)).toMatchObject({ party: "assignee", workerOutcome: null });
  });

  it("a withdrawal, a decline, another worker's accept and a cancellation each read as such to the worker", async () => {
    const owner = await postingClient(t);
    const [ann, ben, cat] = [await readyWorker(t), await readyWorker(t), await readyWorker(t)];
    const withdrawn = await sentAssignment(t, owner, [ann]);
    await act(t, owner, withdrawn.id, "withdraw");
    const taken = await sentAssignment(t, owner, [ann, ben, cat]);
    await act(t, cat, taken.id, "decline", { reason: "Too far" });
    await act(t, ben, taken.id, "accept");
    const cancelled = await sentAssignment(t, owner, [ann]);
    await act(t, owner, cancelled.id, "cancel", { reason: "Not needed" });

    const outcome = async (as: Session, id: string) => {
      const view: Json = await get(as, id);
      return [(view.invitation as Json).status, view.workerOutcome];
    };
    expect(await outcome(ann, withdrawn.id)).toEqual(["withdrawn", "withdrawn"]);
    expect(await outcome(ann, taken.id)).toEqual(["taken", "taken"]);
    expect(await outcome(cat, taken.id)).toEqual(["declined", "declined"]);
    expect((await get(cat, taken.id)).invitation.reason).toBe("Too far");
    expect(await outcome(ben, taken.id)).toEqual(["accepted", null]);
    expect(await outcome(ann, cancelled.id)).toEqual(["withdrawn", "cancelled"]);
    expect(await get(owner, taken.id)).toMatchObject({ invitation: null, workerOutcome: null });
    expect((await inbox(ann, "withdrawn")).sort()).toEqual([cancelled.id, withdrawn.id].sort());
    expect(await inbox(ann, "taken")).toEqual([taken.id]);
    // The winner leaving later does not turn the others' "given to another worker" into a withdrawal.
    await act(t, ben, taken.id, "abandon", { reason: "Double-booked" });
    expect(await outcome(ann, taken.id)).toEqual(["taken", "taken"]);
  });

  it("refuses an unknown inbox status with a problem document", async () => {
    const wren = await readyWorker(t);
    const response = await call(t, wren, { method: "GET", url: "/api/v1/assignments/inbox?status=gone" });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("validation_failed");
  });
});
