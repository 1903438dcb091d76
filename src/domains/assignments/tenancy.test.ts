import { describe, expect, it } from "vitest";
import { act, call, postingClient, readyWorker, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";

/**
 * Who sees what of one assignment. The denial matrix (test/authz-matrix.test.ts) calls every assignment route as a
 * logged-out caller, another company, an uninvited worker and a smaller role, and checks nothing changed; this file
 * checks the per-party views those routes return.
 */
const t = await testApp();

describe("visibility of one assignment", () => {
  it("shows each party its own view and hides it from everyone else", async () => {
    const owner = await postingClient(t);
    const [ann, ben, stranger] = [await readyWorker(t), await readyWorker(t), await readyWorker(t)];
    const otherCompany = await postingClient(t);
    const sent = await sentAssignment(t, owner, [ann, ben]);
    const url = `/api/v1/assignments/${sent.id}`;
    await act(t, ben, sent.id, "decline", { reason: "Booked that day" });
    await act(t, ann, sent.id, "accept");

    for (const [who, as] of [
      ["another company", otherCompany],
      ["an uninvited worker", stranger],
    ] as const) {
      for (const path of [url, `${url}/timeline`, `/api/v1/events?subject=assignment:${sent.id}`]) {
        const response = await call(t, as, { method: "GET", url: path });
        expect(response.statusCode, `${who} GET ${path}`).toBe(404);
        expect(response.json().code).toBe("not_found");
      }
    }
    expect((await t.inject({ method: "GET", url })).statusCode).toBe(401);

    const asBen = (await call(t, ben, { method: "GET", url })).json();
    expect(asBen).toMatchObject({
      party: "invitee",
      instructions: null,
      onsiteContact: null,
      recipients: [],
      actions: [],
    });
    const asAnn = (await call(t, ann, { method: "GET", url })).json();
    expect(asAnn).toMatchObject({ party: "assignee", onsiteContact: { name: "Dana Lopez" }, recipients: [] });
    expect(asAnn.instructions).toContain("door code");
    const asOwner = (await call(t, owner, { method: "GET", url })).json();
    expect(asOwner.recipients).toHaveLength(2);

    const annTimeline = (await call(t, ann, { method: "GET", url: `${url}/timeline` })).json().items;
    const benTimeline = (await call(t, ben, { method: "GET", url: `${url}/timeline` })).json().items;
    expect(annTimeline.map((e: { action: string }) => e.action)).toEqual(["assignment.accepted"]);
    expect(benTimeline.map((e: { action: string }) => e.action)).toEqual(["assignment.declined"]);
    // The paged history answers each worker the same share as the deprecated timeline.
    for (const [as, timeline] of [
      [ann, annTimeline],
      [ben, benTimeline],
    ] as const) {
      const page = await call(t, as, { method: "GET", url: `/api/v1/events?subject=assignment:${sent.id}` });
      expect(page.statusCode, page.body).toBe(200);
      expect(page.json().items.map((e: { id: string }) => e.id)).toEqual(timeline.map((e: { id: string }) => e.id));
    }
  });

  it("serves the full history at /events to the owning company, and each worker their share, a page at a time", async () => {
    const owner = await postingClient(t);
    const wren = await readyWorker(t);
    const sent = await sentAssignment(t, owner, [wren]);
    const events = `/api/v1/events?subject=assignment:${sent.id}`;
    const own = await call(t, owner, { method: "GET", url: events });
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json().items.map((e: { action: string }) => e.action)).toEqual([
      "assignment.created",
      "assignment.sent",
    ]);
    expect((await call(t, await postingClient(t), { method: "GET", url: events })).statusCode).toBe(404);
    // Who else was invited, and the draft's making, are the company's business.
    expect((await call(t, wren, { method: "GET", url: events })).json().items).toEqual([]);

    await act(t, wren, sent.id, "accept");
    await act(t, wren, sent.id, "confirm");
    const first = (await call(t, wren, { method: "GET", url: `${events}&limit=1` })).json();
    expect(first.items.map((e: { action: string }) => e.action)).toEqual(["assignment.accepted"]);
    const next = (await call(t, wren, { method: "GET", url: `${events}&limit=1&cursor=${first.nextCursor}` })).json();
    expect(next.items.map((e: { action: string }) => e.action)).toEqual(["assignment.confirmed"]);
    expect(next.items[0].subject).toEqual({ type: "assignment", id: sent.id });
  });
});
