import { afterAll, describe, expect, it } from "vitest";
import { call, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const base = await t.app.listen({ port: 0, host: "127.0.0.1" });
// fetch's aborted streams leave a connection the server counts as busy; the harness's close would wait for it.
afterAll(() => t.app.server.closeAllConnections());

/** An EventSource-like reader over fetch: the events as they arrive, by name. */
async function subscribe(as: Session, maxSeconds = 30) {
  const controller = new AbortController();
  const response = await fetch(`${base}/api/v1/notifications/stream?maxSeconds=${maxSeconds}`, {
    headers: as.headers,
    signal: controller.signal,
  });
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const events: { event: string; data: Record<string, unknown>; at: number }[] = [];
  const reader = response.body?.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  const done = (async () => {
    for (;;) {
      const chunk = await reader?.read().catch(() => ({ done: true, value: undefined }));
      if (!chunk || chunk.done) {
        return;
      }
      buffer += decoder.decode(chunk.value, { stream: true });
      let end = buffer.indexOf("\n\n");
      while (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const name = /^event: (.+)$/m.exec(block)?.[1];
        const data = /^data: (.+)$/m.exec(block)?.[1];
        if (name && data) {
          events.push({ event: name, data: JSON.parse(data), at: Date.now() });
        }
        end = buffer.indexOf("\n\n");
      }
    }
  })();
  const waitFor = async (predicate: () => boolean, ms = 5_000) => {
    const deadline = Date.now() + ms;
    while (!predicate() && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect(predicate(), `events so far: ${JSON.stringify(events)}`).toBe(true);
  };
  return { events, waitFor, close: () => controller.abort(), done };
}

describe("GET /api/v1/notifications/stream", () => {
  it("starts with the unread count, then pushes each new notification once, only to its owner", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    const ownerStream = await subscribe(owner);
    const annStream = await subscribe(ann);
    await ownerStream.waitFor(() => ownerStream.events.length === 1);
    expect(ownerStream.events[0]).toMatchObject({ event: "unread", data: { unreadCount: 0 } });
    await annStream.waitFor(() => annStream.events.length === 1);
    expect(annStream.events[0]?.data.unreadCount).toBe(1);

    const posted = Date.now();
    await call(t, ann, {
      method: "POST",
      url: `/api/v1/assignments/${sent.id}/messages`,
      payload: { kind: "question", body: "Parking?" },
    });
    await ownerStream.waitFor(() => ownerStream.events.length === 2, 2_000);
    expect(ownerStream.events[1]).toMatchObject({
      event: "notification",
      data: { type: "question.asked", link: `/assignments/${sent.id}`, read: false },
    });
    expect((ownerStream.events[1]?.at ?? 0) - posted).toBeLessThan(2_000);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(ownerStream.events).toHaveLength(2);
    expect(annStream.events).toHaveLength(1);
    ownerStream.close();
    annStream.close();
  });

  it("answers the count and ends at once with maxSeconds=0, and refuses the logged-out", async () => {
    const owner = await postingClient(t);
    const once = await call(t, owner, { method: "GET", url: "/api/v1/notifications/stream?maxSeconds=0" });
    expect(once.statusCode).toBe(200);
    expect(once.body).toContain('event: unread\ndata: {"unreadCount":0}');
    expect(once.headers["x-content-type-options"]).toBe("nosniff");
    expect((await t.inject({ method: "GET", url: "/api/v1/notifications/stream" })).statusCode).toBe(401);
    expect((await call(t, owner, { method: "GET", url: "/api/v1/notifications/stream?maxSeconds=x" })).statusCode).toBe(
      400,
    );
  });
});
