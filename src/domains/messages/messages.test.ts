import { describe, expect, it } from "vitest";
import { act, call, eventsOf, postingClient, readyWorker, type Session, sentAssignment, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const MINUTE = 60_000;

const post = (as: Session, id: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/messages`, payload });
const list = async (as: Session, id: string) => {
  const response = await call(t, as, { method: "GET", url: `/api/v1/assignments/${id}/messages` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: {
      id: string;
      kind: string;
      body: string;
      author: { name: string } | null;
      shared: boolean;
      answered: boolean;
    }[];
    openQuestions: number;
    responseTimes: Record<"company" | "worker", { medianMinutes: number | null; answered: number; waiting: number }>;
    canPost: string[];
  };
};
const posted = async (as: Session, id: string, payload: Record<string, unknown>) => {
  const response = await post(as, id, payload);
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; body: string; author: { name: string } | null; shared: boolean };
};
const inbox = async (as: Session) =>
  (await call(t, as, { method: "GET", url: "/api/v1/notifications" })).json() as {
    items: { type: string; title: string; body: string; link: string }[];
    unreadCount: number;
  };

describe("questions before assignment", () => {
  it("lets an invitee ask, the company answer privately or to everyone, and hides the asker when shared", async () => {
    const owner = await postingClient(t);
    const [ann, ben, stranger] = [await readyWorker(t), await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben]);
    const privateQ = await posted(ann, sent.id, { kind: "question", body: "Is parking available?" });
    const sharedQ = await posted(ann, sent.id, { kind: "question", body: "Do I bring my own tools?" });
    expect((await list(owner, sent.id)).openQuestions).toBe(2);
    expect((await inbox(owner)).items[0]).toMatchObject({ type: "question.asked", link: `/assignments/${sent.id}` });

    await posted(owner, sent.id, { kind: "message", body: "Yes, behind the shop.", replyTo: privateQ.id });
    t.clock.advance(30 * MINUTE);
    const answer = await posted(owner, sent.id, {
      kind: "message",
      body: "Tools are on site.",
      replyTo: sharedQ.id,
      shared: true,
    });
    expect(answer.shared).toBe(true);

    const asOwner = await list(owner, sent.id);
    expect(asOwner.openQuestions).toBe(0);
    expect(asOwner.items.map((m) => m.body)).toEqual([
      "Is parking available?",
      "Do I bring my own tools?",
      "Yes, behind the shop.",
      "Tools are on site.",
    ]);
    expect(asOwner.items[0]?.author?.name).toBe(ann.me.name);
    const asAnn = await list(ann, sent.id);
    expect(asAnn.items).toHaveLength(4);
    expect(asAnn.canPost).toEqual(["question"]);
    // Ben sees only the shared question, without Ann's name, and its answer.
    const asBen = await list(ben, sent.id);
    expect(asBen.items.map((m) => [m.body, m.author?.name ?? null])).toEqual([
      ["Do I bring my own tools?", null],
      ["Tools are on site.", owner.me.name],
    ]);
    expect((await inbox(ben)).items[0]).toMatchObject({ type: "question.answered" });
    expect((await inbox(ann)).items.map((n) => n.type).slice(0, 2)).toEqual(["question.answered", "question.answered"]);
    expect(asOwner.responseTimes.company).toMatchObject({ answered: 2, waiting: 0, medianMinutes: 15 });

    for (const as of [stranger, await postingClient(t)]) {
      const response = await call(t, as, { method: "GET", url: `/api/v1/assignments/${sent.id}/messages` });
      expect(response.statusCode).toBe(404);
      expect((await post(as, sent.id, { kind: "question", body: "Hello?" })).statusCode).toBe(404);
    }
    expect((await eventsOf(t, answer.id)).map((e) => e.action)).toEqual(["message.posted"]);
  });

  it("refuses answers that name no question of this assignment, and notes and answers from workers", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    const other = await sentAssignment(t, owner, [ann]);
    const q = await posted(ann, other.id, { kind: "question", body: "Elsewhere?" });
    const wrong = await post(owner, sent.id, { kind: "message", body: "No", replyTo: q.id });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors[0].pointer).toBe("/body/replyTo");
    expect((await post(owner, sent.id, { kind: "message", body: "Hi" })).json().code).toBe("invalid_transition");
    expect((await post(ann, sent.id, { kind: "note", body: "mine" })).json().code).toBe("forbidden");
    expect((await post(ann, other.id, { kind: "message", body: "x", replyTo: q.id })).json().code).toBe("forbidden");
    const viewer = await teammate(t, owner, "viewer");
    expect((await post(viewer, sent.id, { kind: "note", body: "can I?" })).statusCode).toBe(403);
    for (const body of ["", "   ", "a\u0000b", "x".repeat(10_001)]) {
      expect((await post(owner, sent.id, { kind: "note", body })).json().code).toBe("validation_failed");
    }
    expect((await list(owner, sent.id)).items).toEqual([]);
  });
});

describe("the assignment thread and notes", () => {
  it("keeps notes from the worker, measures each side's response time and notifies @mentions", async () => {
    const owner = await postingClient(t);
    const dana = await teammate(t, owner, "manager", { name: "Dana Lopez" });
    const [ann, ben] = [await readyWorker(t), await readyWorker(t)];
    const sent = await sentAssignment(t, owner, [ann, ben]);
    await posted(ben, sent.id, { kind: "question", body: "Ben's private question" });
    await act(t, ann, sent.id, "accept");
    const hello = await posted(owner, sent.id, { kind: "message", body: "Welcome! <script>alert(1)</script>" });
    expect(hello.body).toContain("<script>");
    t.clock.advance(10 * MINUTE);
    await posted(ann, sent.id, { kind: "message", body: "Thanks, see you Monday." });
    t.clock.advance(60 * MINUTE);
    await posted(ann, sent.id, { kind: "message", body: "Running 5 minutes late." });
    await posted(owner, sent.id, { kind: "note", body: "@dana lopez please check her badge" });

    const asAnn = await list(ann, sent.id);
    expect(asAnn.items.map((m) => m.kind)).toEqual(["message", "message", "message"]);
    expect(asAnn.canPost).toEqual(["question", "message"]);
    expect(asAnn.responseTimes.worker).toMatchObject({ medianMinutes: 10, answered: 1 });
    const asOwner = await list(owner, sent.id);
    expect(asOwner.items.map((m) => m.kind)).toEqual(["question", "message", "message", "message", "note"]);
    // The note answered nothing: Ben's question and both of Ann's messages wait for the company.
    expect(asOwner.responseTimes.company).toMatchObject({ waiting: 3, answered: 0 });
    const asBen = await list(ben, sent.id);
    expect(asBen.items.map((m) => m.body)).toEqual(["Ben's private question"]);
    expect(asBen.canPost).toEqual([]);
    expect((await inbox(dana)).items[0]).toMatchObject({ type: "note.mention" });
    expect((await inbox(ann)).items.map((n) => n.type)).toContain("message.received");
  });

  it("lets the author edit within 5 minutes, keeping the earlier text", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    const q = await posted(ann, sent.id, { kind: "question", body: "Is there parkng?" });
    const url = `/api/v1/assignments/${sent.id}/messages/${q.id}`;
    const edited = await call(t, ann, { method: "PATCH", url, payload: { body: "Is there parking?" } });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ body: "Is there parking?", edits: [{ body: "Is there parkng?" }] });
    expect((await call(t, owner, { method: "PATCH", url, payload: { body: "x" } })).json().code).toBe("forbidden");
    t.clock.advance(6 * MINUTE);
    const late = await call(t, ann, { method: "PATCH", url, payload: { body: "Parking?" } });
    expect(late.json().code).toBe("edit_window_closed");
    expect((await eventsOf(t, q.id)).map((e) => e.action)).toEqual(["message.posted", "message.edited"]);
  });
});
