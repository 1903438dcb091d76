import { describe, expect, it } from "vitest";
import { act, assignedAssignment, call, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const get = async (as: Session, url: string) => {
  const response = await call(t, as, { method: "GET", url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const ask = async (as: Session, id: string, payload: Record<string, unknown>) => {
  const response = await call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/messages`, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string };
};
const listed = async (as: Session, query: string) =>
  (await get(as, `/api/v1/assignments?limit=100${query}`)).items as { id: string; labels: string[] }[];
const labelsOf = async (as: Session, id: string) => (await get(as, `/api/v1/assignments/${id}`)).labels as string[];

describe("the question_open label (issue 13 item 1)", () => {
  it("opens with a worker's question for the client only, filters, and clears when answered", async () => {
    const owner = await postingClient(t);
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const asked = await sentAssignment(t, owner, [ann, ben]);
    const quiet = await sentAssignment(t, owner, [ann]);
    const question = await ask(ann, asked.id, { kind: "question", body: "Is there a ladder on site?" });

    expect((await listed(owner, "")).find((a) => a.id === asked.id)?.labels).toEqual(["question_open"]);
    expect((await listed(owner, "")).find((a) => a.id === quiet.id)?.labels).toEqual([]);
    expect((await listed(owner, "&label=question_open")).map((a) => a.id)).toEqual([asked.id]);
    expect((await listed(owner, "&status=sent&label=question_open")).map((a) => a.id)).toEqual([asked.id]);
    expect(await labelsOf(owner, asked.id)).toEqual(["question_open"]);
    // The workers never see it, the asker included.
    expect(await labelsOf(ann, asked.id)).toEqual([]);
    expect(await labelsOf(ben, asked.id)).toEqual([]);
    const csv = await call(t, owner, { method: "GET", url: "/api/v1/assignments/export.csv" });
    expect(csv.body.split("\n").find((line) => line.startsWith(asked.id))).toContain("question_open");

    await ask(owner, asked.id, { kind: "message", body: "Yes, in the shed.", replyTo: question.id });
    expect((await listed(owner, "")).find((a) => a.id === asked.id)?.labels).toEqual([]);
    expect(await listed(owner, "&label=question_open")).toEqual([]);
    expect(await labelsOf(owner, asked.id)).toEqual([]);
  });

  it("clears when a thread message answers everything waiting, the assignee's question included", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    await ask(assignee, assignment.id, { kind: "question", body: "Where do I park?" });
    await ask(assignee, assignment.id, { kind: "question", body: "And the keys?" });
    expect(await labelsOf(owner, assignment.id)).toEqual(["question_open"]);
    expect(await labelsOf(assignee, assignment.id)).toEqual([]);
    await ask(owner, assignment.id, { kind: "message", body: "Behind the shop; the keys are at the desk." });
    expect(await labelsOf(owner, assignment.id)).toEqual([]);
  });

  it("leaves an assignment that can no longer be answered (cancelled)", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    await ask(ann, sent.id, { kind: "question", body: "Which entrance?" });
    expect(await labelsOf(owner, sent.id)).toEqual(["question_open"]);
    await act(t, owner, sent.id, "cancel", { reason: "The client moved the job" });
    expect(await labelsOf(owner, sent.id)).toEqual([]);
    expect(await listed(owner, "&label=question_open")).toEqual([]);
  });
});
