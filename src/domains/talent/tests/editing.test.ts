import { describe, expect, it } from "vitest";
import { call, client, eventsOf, type Session, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const body = {
  title: "Wiring basics",
  questions: [
    { type: "single", prompt: "Earth?", points: 1, options: ["Brown", "Green/yellow"], correct: 1 },
    { type: "numeric", prompt: "RCD mA?", points: 1, answer: 30, tolerance: 0 },
  ],
  passingScore: 50,
  timeLimitMinutes: 10,
  retakeAfterDays: null,
};

async function draft(owner: Session): Promise<string> {
  const created = await call(t, owner, { method: "POST", url: "/api/v1/skill-tests", payload: body });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}
const put = (as: Session, id: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "PUT", url: `/api/v1/skill-tests/${id}`, payload });
const duplicate = (as: Session, id: string) =>
  call(t, as, { method: "POST", url: `/api/v1/skill-tests/${id}/duplicate` });

describe("editing skill tests", () => {
  it("rewrites a draft; only the company's admins and managers may, and others' tests are not found", async () => {
    const owner = await client(t);
    const id = await draft(owner);
    expect((await call(t, owner, { method: "GET", url: `/api/v1/skill-tests/${id}` })).json().actions).toEqual([
      "publish",
      "edit",
      "duplicate",
    ]);
    const edited = await put(owner, id, { ...body, title: "Wiring basics 2", passingScore: 100 });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ title: "Wiring basics 2", passingScore: 100, status: "draft" });
    expect((await eventsOf(t, id)).map((e) => e.action)).toEqual(["skill_test.created", "skill_test.updated"]);
    expect((await put(await teammate(t, owner, "viewer"), id, body)).statusCode).toBe(403);
    expect((await put(await client(t), id, body)).statusCode).toBe(404);
    expect((await duplicate(await client(t), id)).statusCode).toBe(404);
    const bad = await put(owner, id, { ...body, questions: [], poolId: "00000000-0000-4000-8000-000000000000" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toContain("/body/questions");
    const foreignPool = await put(owner, id, { ...body, poolId: "00000000-0000-4000-8000-000000000000" });
    expect(foreignPool.statusCode).toBe(400);
    expect(foreignPool.json().errors[0].pointer).toBe("/body/poolId");
  });

  it("refuses to edit a published test (409 naming the duplicate) and duplicates it into a fresh draft", async () => {
    const owner = await client(t);
    const id = await draft(owner);
    expect((await call(t, owner, { method: "POST", url: `/api/v1/skill-tests/${id}/publish` })).statusCode).toBe(200);
    const w = await worker(t);
    await call(t, owner, {
      method: "POST",
      url: `/api/v1/skill-tests/${id}/invitations`,
      payload: { workerIds: [w.me.id] },
    });
    const started = await call(t, w, { method: "POST", url: `/api/v1/skill-tests/${id}/attempts` });
    const sent = await call(t, w, {
      method: "POST",
      url: `/api/v1/skill-test-attempts/${started.json().id}/submit`,
      payload: { answers: [1, 31] },
    });
    expect(sent.json()).toMatchObject({ score: 50, passed: true });
    const refused = await put(owner, id, { ...body, passingScore: 100 });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({
      code: "invalid_transition",
      currentStatus: "published",
      action: "edit",
      duplicate: `/api/v1/skill-tests/${id}/duplicate`,
    });
    const original = (await call(t, owner, { method: "GET", url: `/api/v1/skill-tests/${id}` })).json();
    expect(original).toMatchObject({ passingScore: 50, actions: ["invite", "duplicate"] });
    const copy = await duplicate(owner, id);
    expect(copy.statusCode, copy.body).toBe(201);
    expect(copy.json()).toMatchObject({
      title: "Wiring basics (new version)",
      status: "draft",
      passingScore: 50,
      questions: original.questions,
      key: original.key,
      invitedWorkerIds: [],
    });
    const copyId = copy.json().id;
    expect((await eventsOf(t, copyId)).map((e) => [e.action, (e.data as { from?: string }).from])).toEqual([
      ["skill_test.duplicated", id],
    ]);
    // The copy is the company's to edit; the worker's attempt stays with the test they took.
    expect((await put(owner, copyId, { ...body, passingScore: 100 })).statusCode).toBe(200);
    expect((await call(t, w, { method: "GET", url: `/api/v1/skill-tests/${copyId}` })).statusCode).toBe(404);
    const attempt = await call(t, w, { method: "GET", url: `/api/v1/skill-test-attempts/${started.json().id}` });
    expect(attempt.json()).toMatchObject({ testId: id, score: 50, passed: true, passingScore: 50 });
    // A second duplicate of the copy keeps one suffix.
    expect((await duplicate(owner, copyId)).json().title).toBe("Wiring basics (new version)");
  });
});
