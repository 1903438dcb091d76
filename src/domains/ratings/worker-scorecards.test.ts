import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { act, actorOf, call, postingClient, readyWorker, type Session, sentAssignment } from "#test/given";
import { testApp } from "#test/harness";
import { countStatements } from "#test/statements";
import { listWorkerScorecards } from "./queries/worker-scorecards";

const t = await testApp();
const MINUTE = 60_000;

/** A worker who did one assignment for `owner` (submitted, approved, rated) and answered its message in 10 minutes. */
async function workedFor(owner: Session): Promise<Session> {
  const w = await readyWorker(t);
  const sent = await sentAssignment(t, owner, [w]);
  await act(t, w, sent.id, "accept");
  const url = `/api/v1/assignments/${sent.id}/messages`;
  expect(
    (await call(t, owner, { method: "POST", url, payload: { kind: "message", body: "Welcome" } })).statusCode,
  ).toBe(201);
  t.clock.advance(10 * MINUTE);
  expect((await call(t, w, { method: "POST", url, payload: { kind: "message", body: "Thanks" } })).statusCode).toBe(
    201,
  );
  await act(t, w, sent.id, "submit", { hours: 2 });
  await act(t, owner, sent.id, "approve");
  const rated = await call(t, owner, {
    method: "POST",
    url: `/api/v1/assignments/${sent.id}/ratings`,
    payload: {
      rates: "worker",
      overall: "satisfied",
      quality: "excellent",
      professionalism: "unsatisfied",
      communication: "satisfied",
      review: "Good work, a little late.",
    },
  });
  expect(rated.statusCode, rated.body).toBe(201);
  return w;
}

const single = async (as: Session, id: string) =>
  (await call(t, as, { method: "GET", url: `/api/v1/workers/${id}/scorecard` })).json();
const several = (as: Session, ids: string[]) =>
  call(t, as, { method: "GET", url: `/api/v1/workers/scorecards?ids=${ids.join(",")}` });

describe("GET /api/v1/workers/scorecards", () => {
  it("answers each worker's scorecard exactly as the single read does, in the order asked", async () => {
    const owner = await postingClient(t);
    const busy = [await workedFor(owner), await workedFor(owner)];
    // Ratings are published when the blind period ends.
    t.clock.advance(15 * 86_400_000);
    await t.runJobs();
    const idle = await readyWorker(t);
    const stranger = await postingClient(t);
    const ids = [idle.me.id, ...busy.map((w) => w.me.id)];
    const firstCard = await single(owner, busy[0]?.me.id ?? "");
    // The fixture reaches every kind of part: kept sums, a response time, the company's own history.
    expect(firstCard.last90Days.find((f: { key: string }) => f.key === "responseTime")).toMatchObject({ count: 1 });
    expect(firstCard.last90Days.find((f: { key: string }) => f.key === "satisfaction")).toMatchObject({ count: 1 });
    expect(firstCard.withYourCompany.find((f: { key: string }) => f.key === "completed")).toMatchObject({ count: 1 });
    for (const as of [owner, stranger, idle]) {
      const answer = await several(as, ids);
      expect(answer.statusCode, answer.body).toBe(200);
      const expected = [];
      for (const id of ids) {
        expected.push(await single(as, id));
      }
      expect(answer.json().items).toEqual(expected);
    }
    // An id that is no worker (unknown, a company's member) is left out; a repeated one answered once.
    const unknown = await several(owner, [randomUUID(), owner.me.id, idle.me.id, idle.me.id]);
    expect(answer(unknown)).toEqual([idle.me.id]);
    // An id in upper case is the same worker, as the single read takes it.
    expect(answer(await several(owner, [idle.me.id.toUpperCase(), idle.me.id]))).toEqual([idle.me.id]);
    // The parameter repeated, as the generated clients send an array, reads the same.
    const repeated = await call(t, owner, {
      method: "GET",
      url: `/api/v1/workers/scorecards?${ids.map((id) => `ids=${id}`).join("&")}`,
    });
    expect(answer(repeated)).toEqual(ids);
  });

  it("reads any number of workers in one statement (the same count for 1 and for 30 over HTTP)", async () => {
    const owner = await postingClient(t);
    const workers = [await workedFor(owner)];
    for (let i = 0; i < 29; i++) {
      workers.push(await readyWorker(t));
    }
    for (const actor of [actorOf(owner), actorOf(workers[0] as Session)]) {
      for (const n of [1, 30]) {
        const ids = workers.slice(0, n).map((w) => w.me.id);
        const { result, statements } = await countStatements(t.db, () => listWorkerScorecards(t.ctx(actor), { ids }));
        expect(result.items).toHaveLength(n);
        expect(statements, `${n} workers`).toBe(1);
      }
    }
    const overHttp = async (n: number) =>
      (
        await countStatements(t.db, async () => {
          const answer = await several(
            owner,
            workers.slice(0, n).map((w) => w.me.id),
          );
          expect(answer.json().items).toHaveLength(n);
        })
      ).statements;
    expect(await overHttp(30)).toBe(await overHttp(1));
  });

  it("refuses no ids, a malformed id and more than 100 ids (400), and anyone logged out (401)", async () => {
    const owner = await postingClient(t);
    for (const query of ["", "ids=", "ids=nope", `ids=${Array.from({ length: 101 }, () => randomUUID()).join(",")}`]) {
      const answer = await call(t, owner, { method: "GET", url: `/api/v1/workers/scorecards?${query}` });
      expect(answer.statusCode, query.slice(0, 20)).toBe(400);
      expect(answer.json().code).toBe("validation_failed");
    }
    const out = await call(t, null, { method: "GET", url: `/api/v1/workers/scorecards?ids=${owner.me.id}` });
    expect(out.statusCode).toBe(401);
  });
});

function answer(response: { json: () => { items: { subject: { id: string } }[] } }) {
  return response.json().items.map((i) => i.subject.id);
}
