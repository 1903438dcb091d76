import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { call, draftAssignment, postingClient, readyWorker, type Session } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DEGREES_PER_MILE = 180 / (3958.8 * Math.PI);
const site = { latitude: 44, longitude: -100 };

async function member(owner: Session, poolId: string, miles: number, skills: string[]) {
  const w = await readyWorker(t);
  const saved = await call(t, w, {
    method: "PATCH",
    url: "/api/v1/workers/me",
    payload: {
      skills,
      homeLocation: {
        city: "Pierre",
        country: "US",
        latitude: site.latitude + miles * DEGREES_PER_MILE,
        longitude: site.longitude,
      },
    },
  });
  expect(saved.statusCode, saved.body).toBe(200);
  const invited = await call(t, owner, {
    method: "POST",
    url: `/api/v1/talent-pools/${poolId}/invitations`,
    payload: { workerId: w.me.id },
  });
  expect(invited.statusCode, invited.body).toBe(200);
  expect((await call(t, w, { method: "POST", url: `/api/v1/talent-pools/${poolId}/apply` })).statusCode).toBe(200);
  return w;
}

describe("sending an assignment to talent pools within a radius (issue 12, item 5)", () => {
  it("invites the members within the radius who meet the set, and counts who was left out for which requirement", async () => {
    const skill = `Survey ${randomUUID().slice(0, 8)}`;
    const owner = await postingClient(t);
    const pool = await call(t, owner, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Surveyors", visibility: "private" },
    });
    expect(pool.statusCode, pool.body).toBe(201);
    const poolId = pool.json().id;
    const set = await call(t, owner, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: {
        name: "Surveyors in the pool",
        requirements: [
          { type: "skill", skill },
          { type: "pool", poolId },
          { type: "max_abandons", max: 0 },
        ],
      },
    });
    expect(set.statusCode, set.body).toBe(201);
    const fits = await member(owner, poolId, 10, [skill]);
    const atEdge = await member(owner, poolId, 60, [skill]);
    const noSkill = await member(owner, poolId, 20, ["Painting"]);
    const far = await member(owner, poolId, 61, [skill]);
    const draft = await draftAssignment(t, owner, {
      location: { city: "Pierre", country: "US", latitude: site.latitude, longitude: site.longitude },
    });
    const attached = await call(t, owner, {
      method: "PUT",
      url: `/api/v1/assignments/${draft.id}/requirement-set`,
      payload: { requirementSetId: set.json().id },
    });
    expect(attached.statusCode, attached.body).toBe(200);
    const check = await call(t, owner, {
      method: "GET",
      url: `/api/v1/assignments/${draft.id}/requirements?workerId=${fits.me.id}`,
    });
    expect(check.json().checks.map((c: { reason: string }) => c.reason)).toEqual([
      `skill: ${skill}: on the profile`,
      "talent pool membership: member of Surveyors",
      "at most 0 abandoned assignments or no-shows: 0 in the last 90 days",
    ]);
    const tooWide = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/send`,
      payload: { pools: { poolIds: [poolId], radiusMiles: 101 } },
    });
    expect(tooWide.statusCode).toBe(400);
    const sent = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/send`,
      payload: { pools: { poolIds: [poolId] } },
    });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().poolReach).toEqual({
      pools: [{ id: poolId, name: "Surveyors" }],
      radiusMiles: 60,
      members: 4,
      outsideRadius: 1,
      reached: 2,
      leftOut: 1,
      leftOutBy: [{ requirement: `skill: ${skill}`, count: 1 }],
    });
    const invited = sent.json().recipients.map((r: { worker: { id: string } }) => r.worker.id);
    expect(invited.sort()).toEqual([fits.me.id, atEdge.me.id].sort());
    expect(invited).not.toContain(noSkill.me.id);
    expect(invited).not.toContain(far.me.id);
  });

  it("refuses another company's pool (404) and a pool requirement naming it (400)", async () => {
    const owner = await postingClient(t);
    const other = await postingClient(t);
    const foreign = await call(t, other, {
      method: "POST",
      url: "/api/v1/talent-pools",
      payload: { name: "Theirs", visibility: "private" },
    });
    const draft = await draftAssignment(t, owner);
    const sent = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${draft.id}/send`,
      payload: { pools: { poolIds: [foreign.json().id] } },
    });
    expect(sent.statusCode).toBe(404);
    const set = await call(t, owner, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: { name: "x", requirements: [{ type: "pool", poolId: foreign.json().id }] },
    });
    expect(set.statusCode).toBe(400);
    expect(set.json().errors[0].pointer).toBe("/body/requirements/0/poolId");
    const nobody = await call(t, owner, { method: "POST", url: `/api/v1/assignments/${draft.id}/send`, payload: {} });
    expect(nobody.statusCode).toBe(400);
  });
});
