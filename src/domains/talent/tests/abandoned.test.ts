import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { jobs } from "#platform/tables";
import { call, client, eventsOf, lastMailTo, type Session, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

/** Four two-point questions: single (right 1), multiple (right 0 and 2), numeric 30 ± 0, short text. */
const questions = [
  { type: "single", prompt: "Earth?", points: 2, options: ["Brown", "Green/yellow"], correct: 1 },
  { type: "multiple", prompt: "PPE?", points: 2, options: ["Gloves", "Radio", "Goggles"], correct: [0, 2] },
  { type: "numeric", prompt: "RCD mA?", points: 2, answer: 30, tolerance: 0 },
  { type: "text", prompt: "Prove dead how?", points: 2, guidance: null },
];

async function sitting(
  minutes = 10,
  showAnswers = false,
): Promise<{ owner: Session; w: Session; attemptId: string; deadline: string }> {
  const owner = await client(t);
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/skill-tests",
    payload: {
      title: "Safety",
      questions,
      passingScore: 50,
      timeLimitMinutes: minutes,
      retakeAfterDays: 1,
      showAnswers,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id;
  expect((await call(t, owner, { method: "POST", url: `/api/v1/skill-tests/${id}/publish` })).statusCode).toBe(200);
  const w = await worker(t);
  const invited = await call(t, owner, {
    method: "POST",
    url: `/api/v1/skill-tests/${id}/invitations`,
    payload: { workerIds: [w.me.id] },
  });
  expect(invited.statusCode, invited.body).toBe(200);
  const started = await call(t, w, { method: "POST", url: `/api/v1/skill-tests/${id}/attempts` });
  expect(started.statusCode, started.body).toBe(201);
  return { owner, w, attemptId: started.json().id, deadline: started.json().deadline };
}

const save = (w: Session, attemptId: string, answers: unknown[]) =>
  call(t, w, { method: "PUT", url: `/api/v1/skill-test-attempts/${attemptId}/answers`, payload: { answers } });
const read = (as: Session, attemptId: string) =>
  call(t, as, { method: "GET", url: `/api/v1/skill-test-attempts/${attemptId}` });

describe("abandoned test sittings", () => {
  it("queue their close job with the start, in its transaction, due just after the deadline's grace", async () => {
    const { attemptId, deadline } = await sitting();
    const [job] = await t.db
      .select()
      .from(jobs)
      .where(eq(jobs.key, `talent.close-test-attempt:${attemptId}`));
    expect(job?.runAt.getTime()).toBe(new Date(deadline).getTime() + 31_000);
  });

  it("are closed by the job once the time is up and graded on the answers saved before it", async () => {
    const { owner, w, attemptId, deadline } = await sitting();
    expect((await save(w, attemptId, [1, [2, 0]])).statusCode).toBe(200);
    // The worker reads their saved answers back (a reload resumes); the company sees none mid-sitting.
    expect((await read(w, attemptId)).json()).toMatchObject({ status: "in_progress", answers: [1, [2, 0]], key: null });
    expect((await read(owner, attemptId)).json().answers).toBeNull();
    t.clock.advance(10 * 60_000 + 29_000);
    await t.runJobs();
    expect((await read(w, attemptId)).json().status).toBe("in_progress");
    t.clock.set(new Date(new Date(deadline).getTime() + 31_000));
    await t.runJobs();
    const closed = (await read(w, attemptId)).json();
    expect(closed).toMatchObject({
      status: "graded",
      timedOut: true,
      answers: [1, [2, 0]],
      marks: [2, 2, 0, 0],
      score: 50,
      passed: true,
      submittedAt: deadline,
    });
    expect((await lastMailTo(t, w.me.email)).subject).toBe('Your time for "Safety" ran out');
    const actions = (await eventsOf(t, attemptId)).map((e) => e.action);
    expect(actions).toEqual([
      "skill_test_attempt.started",
      "skill_test_attempt.answers_saved",
      "skill_test_attempt.timed_out",
    ]);
    // A second run (the job retried) changes nothing.
    await t.runJobs();
    expect((await eventsOf(t, attemptId)).length).toBe(3);
  });

  it("wait for the company's grading when a saved short-text answer is among them", async () => {
    const { owner, w, attemptId } = await sitting();
    expect((await save(w, attemptId, [1, null, 30, "Test, test, test."])).statusCode).toBe(200);
    t.clock.advance(11 * 60_000);
    await t.runJobs();
    const closed = (await read(owner, attemptId)).json();
    expect(closed).toMatchObject({ status: "grading", timedOut: true, marks: [2, 0, 2, null], score: null });
    expect(closed.actions).toEqual(["grade"]);
  });

  it("leave a sitting handed in before the deadline alone", async () => {
    const { w, attemptId } = await sitting();
    const sent = await call(t, w, {
      method: "POST",
      url: `/api/v1/skill-test-attempts/${attemptId}/submit`,
      payload: { answers: [1, [0, 2], 30, ""] },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    t.clock.advance(11 * 60_000);
    await t.runJobs();
    expect((await read(w, attemptId)).json()).toMatchObject({ status: "graded", timedOut: false, score: 75 });
    expect((await save(w, attemptId, [0])).json()).toMatchObject({ code: "invalid_transition" });
  });

  it("refuse a late save with 409 and close on what was saved in time; refuse bad answers at the field", async () => {
    const { w, attemptId, deadline } = await sitting();
    const bad = await save(w, attemptId, [7, [0], "x"]);
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      "/body/answers/0",
      "/body/answers/2",
    ]);
    expect((await save(w, attemptId, [1])).statusCode).toBe(200);
    // The same list again (a retried request) records nothing new.
    expect((await save(w, attemptId, [1])).statusCode).toBe(200);
    expect((await eventsOf(t, attemptId)).filter((e) => e.action === "skill_test_attempt.answers_saved").length).toBe(
      1,
    );
    t.clock.advance(10 * 60_000 + 31_000);
    const late = await save(w, attemptId, [1, [0, 2], 30]);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: "invalid_transition", deadline });
    expect((await read(w, attemptId)).json()).toMatchObject({ status: "graded", answers: [1], score: 25 });
    const stranger = await worker(t);
    expect((await save(stranger, attemptId, [1])).statusCode).toBe(404);
  });

  it("never carry the right answers while open; after the close, only where the company shows them", async () => {
    const hidden = await sitting(10, false);
    const saved = await save(hidden.w, hidden.attemptId, [0, [1], 29]);
    expect(saved.body).not.toMatch(/"correct"|"tolerance"|"guidance"/);
    expect(saved.json()).toMatchObject({ key: null, marks: null, score: null, actions: ["submit"] });
    const shown = await sitting(10, true);
    expect((await save(shown.w, shown.attemptId, [1])).json().key).toBeNull();
    t.clock.advance(11 * 60_000);
    await t.runJobs();
    expect((await read(hidden.w, hidden.attemptId)).json()).toMatchObject({ status: "graded", score: 0, key: null });
    const final = (await read(shown.w, shown.attemptId)).json();
    expect(final).toMatchObject({ status: "graded", score: 25, marks: [2, 0, 0, 0] });
    expect(final.key[2]).toMatchObject({ answer: 30, tolerance: 0 });
  });
});
