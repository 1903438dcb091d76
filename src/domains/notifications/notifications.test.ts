import { describe, expect, it } from "vitest";
import { call, eventsOf, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const inbox = async (as: Session, query = "") => {
  const response = await call(t, as, { method: "GET", url: `/api/v1/notifications${query}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as {
    items: { id: string; type: string; read: boolean; link: string }[];
    unreadCount: number;
    nextCursor: string | null;
  };
};
const markRead = (as: Session, payload: object | string) =>
  call(t, as, { method: "POST", url: "/api/v1/notifications/read", payload });

describe("the in-app inbox", () => {
  it("lists a person's own notifications newest first, marks one or all read, and never shows another's", async () => {
    const owner = await postingClient(t);
    const ann = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [ann]);
    await call(t, ann, {
      method: "POST",
      url: `/api/v1/assignments/${sent.id}/messages`,
      payload: { kind: "question", body: "One?" },
    });
    t.clock.advance(1000);
    await call(t, ann, {
      method: "POST",
      url: `/api/v1/assignments/${sent.id}/messages`,
      payload: { kind: "question", body: "Two?" },
    });
    const mine = await inbox(owner);
    expect(mine.unreadCount).toBe(2);
    expect(mine.items.map((n) => n.type)).toEqual(["question.asked", "question.asked"]);
    expect(mine.items[0]?.link).toBe(`/assignments/${sent.id}`);
    const page = await inbox(owner, "?limit=1");
    expect(page.items).toHaveLength(1);
    expect((await inbox(owner, `?limit=1&cursor=${page.nextCursor}`)).items[0]?.id).toBe(mine.items[1]?.id);

    const first = mine.items[0]?.id;
    expect((await markRead(ann, { id: first })).statusCode).toBe(404);
    const one = await markRead(owner, { id: first });
    expect(one.json()).toEqual({ marked: 1, unreadCount: 1 });
    expect((await markRead(owner, { id: first })).json()).toEqual({ marked: 0, unreadCount: 1 });
    expect((await inbox(owner, "?unread=true")).items.map((n) => n.id)).toEqual([mine.items[1]?.id]);
    expect((await markRead(owner, { all: true })).json()).toEqual({ marked: 1, unreadCount: 0 });
    expect((await markRead(owner, { id: "nope" })).statusCode).toBe(400);
    expect((await eventsOf(t, owner.me.id)).map((e) => e.action)).toContain("notifications.read");
    expect((await t.inject({ method: "GET", url: "/api/v1/notifications" })).statusCode).toBe(401);
  });
});
