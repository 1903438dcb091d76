import { describe, expect, it } from "vitest";
import { call, client, eventsOf, lastMailTo, type Session, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

/** Five one-point questions: single (right 1), multiple (right 0 and 2), numeric 9.81 ± 0.05, two more singles. */
const questions = [
  { type: "single", prompt: "Which wire is earth?", points: 1, options: ["Brown", "Green/yellow", "Blue"], correct: 1 },
  { type: "multiple", prompt: "Which are PPE?", points: 1, options: ["Gloves", "Radio", "Goggles"], correct: [0, 2] },
  { type: "numeric", prompt: "g in m/s²?", points: 1, answer: 9.81, tolerance: 0.05 },
  { type: "single", prompt: "Isolate first?", points: 1, options: ["Yes", "No"], correct: 0 },
  { type: "single", prompt: "RCD trips at?", points: 1, options: ["30 mA", "3 A"], correct: 0 },
];
const allRight = [1, [2, 0], 9.76, 0, 0];

async function publishedTest(owner: Session, body: Record<string, unknown> = {}) {
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/skill-tests",
    payload: {
      title: "Electrical safety",
      questions,
      passingScore: 80,
      timeLimitMinutes: 20,
      retakeAfterDays: 2,
      ...body,
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  const id = created.json().id as string;
  const published = await call(t, owner, { method: "POST", url: `/api/v1/skill-tests/${id}/publish` });
  expect(published.statusCode, published.body).toBe(200);
  return id;
}

async function invite(owner: Session, id: string, w: Session) {
  const invited = await call(t, owner, {
    method: "POST",
    url: `/api/v1/skill-tests/${id}/invitations`,
    payload: { workerIds: [w.me.id] },
  });
  expect(invited.statusCode, invited.body).toBe(200);
}

const start = (w: Session, id: string, headers: Record<string, string> = {}) =>
  call(t, w, { method: "POST", url: `/api/v1/skill-tests/${id}/attempts`, headers });
const submit = (w: Session, attemptId: string, answers: unknown[]) =>
  call(t, w, { method: "POST", url: `/api/v1/skill-test-attempts/${attemptId}/submit`, payload: { answers } });

/** Takes the test with these answers and returns the submitted attempt's JSON. */
async function take(w: Session, id: string, answers: unknown[]) {
  const started = await start(w, id);
  expect(started.statusCode, started.body).toBe(201);
  const submitted = await submit(w, started.json().id, answers);
  expect(submitted.statusCode, submitted.body).toBe(200);
  return submitted.json();
}

describe("skill tests", () => {
  it("never sends the right answers to a worker before their score is final", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner, { showAnswers: true });
    const w = await worker(t);
    await invite(owner, id, w);
    expect((await lastMailTo(t, w.me.email)).subject).toContain("Electrical safety");
    const seen = await call(t, w, { method: "GET", url: `/api/v1/skill-tests/${id}` });
    expect(seen.json()).toMatchObject({ key: null, actions: ["start"] });
    const started = await start(w, id);
    const during = [
      seen.body,
      started.body,
      (await call(t, w, { method: "GET", url: `/api/v1/skill-test-attempts/${started.json().id}` })).body,
    ];
    for (const body of during) {
      expect(body).not.toMatch(/"correct"|"tolerance"|"guidance"|9\.81/);
    }
    expect(started.json()).toMatchObject({ status: "in_progress", key: null, marks: null, actions: ["submit"] });
    const done = await submit(w, started.json().id, allRight);
    expect(done.json()).toMatchObject({ status: "graded", score: 100, passed: true, marks: [1, 1, 1, 1, 1] });
    expect(done.json().key[2]).toEqual({ correct: null, answer: 9.81, tolerance: 0.05, guidance: null });
    const owners = await call(t, owner, { method: "GET", url: `/api/v1/skill-tests/${id}` });
    expect(owners.json().key[0].correct).toEqual([1]);
  });

  it("grades at the edges: numeric exactly at the tolerance, multiple choice all or nothing, a score exactly at the mark passes", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner, { retakeAfterDays: 0 });
    const w = await worker(t);
    await invite(owner, id, w);
    const edge = await take(w, id, [1, [0, 2], 9.86, 0, 1]);
    expect(edge).toMatchObject({ marks: [1, 1, 1, 1, 0], score: 80, passed: true, key: null });
    const partial = await take(w, id, [1, [0], 9.87, 0, 0]);
    expect(partial).toMatchObject({ marks: [1, 0, 0, 1, 1], score: 60, passed: false });
    const attempts = await call(t, w, { method: "GET", url: `/api/v1/skill-tests/${id}/attempts` });
    expect(attempts.json().items).toHaveLength(2);
  });

  it("sends short-text answers to a company member; the score is final once graded", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner, {
      questions: [
        questions[0],
        { type: "text", prompt: "Explain lock-out/tag-out.", points: 3, guidance: "Isolate, lock, tag, test." },
      ],
      passingScore: 50,
    });
    const w = await worker(t);
    await invite(owner, id, w);
    const sent = await take(w, id, [1, "Switch off, lock the breaker, tag it, test it is dead."]);
    expect(sent).toMatchObject({ status: "grading", marks: null, score: null, passed: null, actions: [] });
    const viewer = await teammate(t, owner, "viewer");
    const grade = (grades: unknown) =>
      call(t, viewer, { method: "POST", url: `/api/v1/skill-test-attempts/${sent.id}/grades`, payload: { grades } });
    expect((await grade([{ question: 0, points: 1 }])).statusCode).toBe(400);
    const tooMany = await grade([{ question: 1, points: 4 }]);
    expect(tooMany.json().errors).toEqual([{ pointer: "/body/grades/0/points", message: "Give at most 3 points." }]);
    const graded = await grade([{ question: 1, points: 2 }]);
    expect(graded.statusCode, graded.body).toBe(200);
    expect(graded.json()).toMatchObject({ status: "graded", marks: [1, 2], score: 75, passed: true });
    expect((await grade([{ question: 1, points: 2 }])).json().code).toBe("invalid_transition");
    const mine = await call(t, w, { method: "GET", url: `/api/v1/skill-test-attempts/${sent.id}` });
    expect(mine.json()).toMatchObject({ score: 75, passed: true, key: null });
    expect((await lastMailTo(t, w.me.email)).subject).toContain("75 %");
    expect((await eventsOf(t, sent.id)).map((e) => e.action)).toEqual([
      "skill_test_attempt.started",
      "skill_test_attempt.submitted",
      "skill_test_attempt.graded",
    ]);
  });

  it("refuses answers after the time limit (injectable clock) and closes the attempt as timed out", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner, { timeLimitMinutes: 10 });
    const w = await worker(t);
    await invite(owner, id, w);
    const started = (await start(w, id)).json();
    expect(new Date(started.deadline).getTime() - new Date(started.startedAt).getTime()).toBe(10 * 60_000);
    t.clock.advance(10 * 60_000 + 31_000);
    const late = await submit(w, started.id, allRight);
    expect(late.statusCode).toBe(409);
    expect(late.json()).toMatchObject({ code: "invalid_transition", deadline: started.deadline });
    const closed = await call(t, w, { method: "GET", url: `/api/v1/skill-test-attempts/${started.id}` });
    expect(closed.json()).toMatchObject({ status: "graded", timedOut: true, score: 0, passed: false, answers: [] });
    expect((await eventsOf(t, started.id)).map((e) => e.action)).toContain("skill_test_attempt.timed_out");
  });

  it("refuses a retake before the wait ends (409 with the date), allows it after; one-attempt tests refuse it", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner);
    const w = await worker(t);
    await invite(owner, id, w);
    const first = await take(w, id, [0, [], 1, 1, 1]);
    const again = await start(w, id);
    expect(again.statusCode).toBe(409);
    const retakeAt = new Date(new Date(first.submittedAt).getTime() + 2 * DAY).toISOString();
    expect(again.json()).toMatchObject({ code: "conflict", retakeAt });
    expect((await call(t, w, { method: "GET", url: `/api/v1/skill-tests/${id}` })).json()).toMatchObject({
      retakeAt,
      actions: [],
    });
    t.clock.advance(2 * DAY);
    expect((await start(w, id)).statusCode).toBe(201);
    const once = await publishedTest(owner, { retakeAfterDays: null });
    await invite(owner, once, w);
    await take(w, once, allRight);
    expect((await start(w, once)).json()).toMatchObject({ code: "conflict", retakeAt: null });
  });

  it("keeps tests and attempts to their company and worker", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner);
    const w = await worker(t);
    await invite(owner, id, w);
    const attempt = await take(w, id, allRight);
    const stranger = await client(t);
    const otherWorker = await worker(t);
    expect((await call(t, stranger, { method: "GET", url: `/api/v1/skill-tests/${id}` })).statusCode).toBe(404);
    expect((await call(t, otherWorker, { method: "GET", url: `/api/v1/skill-tests/${id}` })).statusCode).toBe(404);
    expect((await start(otherWorker, id)).statusCode).toBe(404);
    for (const as of [stranger, otherWorker]) {
      const read = await call(t, as, { method: "GET", url: `/api/v1/skill-test-attempts/${attempt.id}` });
      expect(read.statusCode).toBe(404);
    }
    const draft = await call(t, owner, {
      method: "POST",
      url: "/api/v1/skill-tests",
      payload: { title: "Draft", questions, passingScore: 50, timeLimitMinutes: 5, retakeAfterDays: null },
    });
    expect((await call(t, w, { method: "GET", url: `/api/v1/skill-tests/${draft.json().id}` })).statusCode).toBe(404);
    expect((await call(t, stranger, { method: "GET", url: "/api/v1/skill-tests" })).json().items).toEqual([]);
    const viewer = await teammate(t, owner, "viewer");
    const refused = await call(t, viewer, {
      method: "POST",
      url: `/api/v1/skill-tests/${id}/invitations`,
      payload: { workerIds: [otherWorker.me.id] },
    });
    expect(refused.statusCode).toBe(403);
  });

  it("lets the applicants of the test's pool take it without an invitation", async () => {
    const owner = await client(t);
    const pool = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Sparks", visibility: "public" },
    });
    const id = await publishedTest(owner, { poolId: pool.json().id });
    const w = await worker(t);
    expect(
      (await call(t, w, { method: "GET", url: "/api/v1/skill-tests" })).json().items.map((i: { id: string }) => i.id),
    ).toEqual([id]);
    expect((await start(w, id)).statusCode).toBe(201);
    // An invitation-only pool is listed to every worker, but its test is for those it invited.
    const closed = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Invited sparks", visibility: "invitation" },
    });
    const closedTest = await publishedTest(owner, { poolId: closed.json().id });
    expect((await start(w, closedTest)).statusCode).toBe(404);
    await call(t, owner, {
      method: "POST",
      url: `/api/v1/talent-pools/${closed.json().id}/invitations`,
      payload: { workerId: w.me.id },
    });
    expect((await start(w, closedTest)).statusCode).toBe(201);
  });

  it("replays a start with the same Idempotency-Key instead of opening a second attempt", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner);
    const w = await worker(t);
    await invite(owner, id, w);
    const headers = { "idempotency-key": "start-skill-test-1" };
    const first = await start(w, id, headers);
    const second = await start(w, id, headers);
    expect(second.statusCode).toBe(201);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json().id).toBe(first.json().id);
  });

  it("refuses bad input with a problem pointing at the field", async () => {
    const owner = await client(t);
    const bad = async (payload: Record<string, unknown>) => {
      const answer = await call(t, owner, {
        method: "POST",
        url: "/api/v1/skill-tests",
        payload: { title: "T", questions, passingScore: 80, timeLimitMinutes: 20, retakeAfterDays: 1, ...payload },
      });
      expect(answer.statusCode).toBe(400);
      return answer.json().errors.map((e: { pointer: string }) => e.pointer);
    };
    expect(await bad({ questions: [] })).toEqual(["/body/questions"]);
    expect(await bad({ passingScore: 0 })).toEqual(["/body/passingScore"]);
    expect(await bad({ timeLimitMinutes: 0 })).toEqual(["/body/timeLimitMinutes"]);
    expect(await bad({ questions: [{ ...questions[0], correct: 3 }] })).toEqual(["/body/questions/0/correct"]);
    expect(await bad({ questions: [{ type: "essay", prompt: "?", points: 1 }] })).toEqual(["/body/questions/0/type"]);
    expect(await bad({ questions: [{ ...questions[2], tolerance: -1 }] })).toEqual(["/body/questions/0/tolerance"]);
    const id = await publishedTest(owner);
    const w = await worker(t);
    await invite(owner, id, w);
    const started = (await start(w, id)).json();
    const wrong = await submit(w, started.id, ["text", [0], 1, 7]);
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
      "/body/answers/0",
      "/body/answers/3",
    ]);
    expect((await submit(w, started.id, [1, 2, 3, 4, 5, 6])).statusCode).toBe(400);
  });

  it("meets a 'test passed with at least' requirement from the best final score; exactly at the mark is met", async () => {
    const owner = await client(t);
    const id = await publishedTest(owner, { retakeAfterDays: 0 });
    const set = await call(t, owner, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: {
        name: "Tested",
        requirements: [
          { type: "test", testId: id, minScore: 80 },
          { type: "test", testId: id, minScore: 81 },
        ],
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const pool = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Tested sparks", visibility: "public", requirementSetId: set.json().id },
    });
    const w = await worker(t);
    await invite(owner, id, w);
    const checks = async () =>
      (await call(t, w, { method: "GET", url: `/api/v1/talent-pools/${pool.json().id}` })).json().checks;
    expect((await checks())[0]).toMatchObject({ met: false, reason: "test: Electrical safety, not taken, needs 80%" });
    await take(w, id, [0, [0], 1, 0, 0]);
    expect((await checks())[0].reason).toBe("test: Electrical safety, best score 40%, needs 80%");
    await take(w, id, [1, [0, 2], 9.76, 0, 1]);
    await take(w, id, [0, [0], 1, 0, 0]);
    expect(await checks()).toMatchObject([
      { met: true, reason: "test: Electrical safety, best score 80%, needs 80%" },
      { met: false, reason: "test: Electrical safety, best score 80%, needs 81%" },
    ]);
    const stranger = await client(t);
    const foreign = await call(t, stranger, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: { name: "Borrowed", requirements: [{ type: "test", testId: id, minScore: 50 }] },
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].pointer).toBe("/body/requirements/0/testId");
  });
});
