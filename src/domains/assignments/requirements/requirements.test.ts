import { describe, expect, it } from "vitest";
import { act, call, draftAssignment, eventsOf, postingClient, readyWorker, type Session, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;
const austin = {
  address: null,
  city: "Austin",
  region: "TX",
  postalCode: null,
  country: "US",
  latitude: 30.2672,
  longitude: -97.7431,
};

async function requirementSet(owner: Session) {
  const created = await call(t, owner, {
    method: "POST",
    url: "/api/v1/requirement-sets",
    payload: {
      name: "Licensed electricians near Austin",
      requirements: [
        { type: "licence", name: "Electrician", region: "TX" },
        { type: "skill", skill: "Networking" },
        { type: "distance", maxMiles: 100 },
      ],
    },
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json() as { id: string };
}

async function gatedAssignment(owner: Session, workers: Session[], overrides: Record<string, unknown> = {}) {
  const set = await requirementSet(owner);
  const draft = await draftAssignment(t, owner, overrides);
  const attached = await call(t, owner, {
    method: "PUT",
    url: `/api/v1/assignments/${draft.id}/requirement-set`,
    payload: { requirementSetId: set.id },
  });
  expect(attached.statusCode, attached.body).toBe(200);
  if (workers.length > 0) {
    await act(t, owner, draft.id, "send", { workerIds: workers.map((w) => w.me.id) });
  }
  return { id: draft.id, set };
}

const requirementsOf = async (as: Session, id: string, workerId?: string) =>
  call(t, as, {
    method: "GET",
    url: `/api/v1/assignments/${id}/requirements${workerId ? `?workerId=${workerId}` : ""}`,
  });

async function qualify(worker: Session, owner: Session) {
  const profile = await call(t, worker, {
    method: "PATCH",
    url: "/api/v1/workers/me",
    payload: { skills: ["networking"], homeLocation: austin },
  });
  expect(profile.statusCode, profile.body).toBe(200);
  const expiresOn = new Date(t.clock.now().getTime() + 200 * DAY).toISOString().slice(0, 10);
  const licence = await call(t, worker, {
    method: "POST",
    url: "/api/v1/credentials",
    payload: { kind: "licence", name: "Electrician", number: "TECL-1", region: "TX", country: "US", expiresOn },
  });
  expect(licence.statusCode, licence.body).toBe(201);
  const verified = await call(t, owner, {
    method: "POST",
    url: `/api/v1/credentials/${licence.json().id}/verify`,
    payload: { note: null },
  });
  expect(verified.statusCode, verified.body).toBe(200);
}

describe("GET /api/v1/assignments/{id}/requirements and accept", () => {
  it("shows the invited worker each requirement with its reason; accept is refused with the same reasons until met", async () => {
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const { id } = await gatedAssignment(owner, [worker]);
    const before = await requirementsOf(worker, id);
    expect(before.statusCode, before.body).toBe(200);
    expect(before.json()).toMatchObject({ eligible: false, override: null, workerId: worker.me.id });
    const reasons = (before.json().checks as { met: boolean; reason: string }[]).map((c) => c.reason);
    expect(reasons).toEqual([
      "licence: Electrician, TX: none on file",
      "skill: Networking: not on the profile",
      "within 100 miles of the assignment: no home location on the profile",
    ]);
    const refused = await act(t, worker, id, "accept", undefined, 403);
    expect(refused).toMatchObject({ code: "requirements_not_met", missing: reasons });
    await qualify(worker, owner);
    const after = await requirementsOf(worker, id);
    expect(after.json().eligible).toBe(true);
    expect(after.json().checks.map((c: { reason: string }) => c.reason)).toEqual([
      expect.stringMatching(/^licence: Electrician, TX: verified, valid through \d{4}-\d\d-\d\d$/),
      "skill: Networking: on the profile",
      "within 100 miles of the assignment: 0.0 miles away",
    ]);
    expect((await act(t, worker, id, "accept")).status).toBe("assigned");
  });

  it("lets the company check any worker by id, and override one worker with a reason in the history", async () => {
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const { id } = await gatedAssignment(owner, [worker]);
    expect((await requirementsOf(owner, id, worker.me.id)).json().eligible).toBe(false);
    const missingId = await requirementsOf(owner, id);
    expect(missingId.statusCode).toBe(400);
    const overridden = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${id}/requirement-overrides`,
      payload: { workerId: worker.me.id, reason: "Worked with us for years; licence renewal in the post." },
    });
    expect(overridden.statusCode, overridden.body).toBe(200);
    expect(overridden.json()).toMatchObject({ eligible: true, override: { reason: expect.any(String) } });
    expect(overridden.json().checks.some((c: { met: boolean }) => !c.met)).toBe(true);
    expect((await act(t, worker, id, "accept")).status).toBe("assigned");
    const actions = (await eventsOf(t, id)).map((e) => e.action);
    expect(actions).toEqual(
      expect.arrayContaining(["assignment.requirement_set_changed", "assignment.requirements_overridden"]),
    );
    const notWorker = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${id}/requirement-overrides`,
      payload: { workerId: owner.me.id, reason: "x" },
    });
    expect(notWorker.statusCode).toBe(400);
  });

  it("refuses assigning directly to a worker who does not meet the set", async () => {
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const { id } = await gatedAssignment(owner, []);
    const refused = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${id}/send`,
      payload: { workerIds: [worker.me.id], assignDirectly: true },
    });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().detail).toMatch(/^The worker does not meet the requirements/);
  });

  it("refuses an application from a worker who does not meet the set", async () => {
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const { id } = await gatedAssignment(owner, [worker], { routingMode: "applications" });
    const refused = await call(t, worker, { method: "POST", url: `/api/v1/assignments/${id}/apply`, payload: {} });
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().code).toBe("requirements_not_met");
  });
});

describe("PUT /api/v1/assignments/{id}/requirement-set", () => {
  it("takes only the company's own sets, from admins and managers, while nobody has taken the work", async () => {
    const owner = await postingClient(t);
    const other = await postingClient(t);
    const foreign = await requirementSet(other);
    const draft = await draftAssignment(t, owner);
    const url = `/api/v1/assignments/${draft.id}/requirement-set`;
    const stolen = await call(t, owner, { method: "PUT", url, payload: { requirementSetId: foreign.id } });
    expect(stolen.statusCode).toBe(404);
    const viewer = await teammate(t, owner, "viewer");
    expect((await call(t, viewer, { method: "PUT", url, payload: { requirementSetId: null } })).statusCode).toBe(403);
    expect((await call(t, other, { method: "PUT", url, payload: { requirementSetId: null } })).statusCode).toBe(404);
    expect((await requirementsOf(other, draft.id, owner.me.id)).statusCode).toBe(404);
    const worker = await readyWorker(t);
    await act(t, owner, draft.id, "send", { workerIds: [worker.me.id] });
    await act(t, worker, draft.id, "accept");
    const late = await call(t, owner, { method: "PUT", url, payload: { requirementSetId: null } });
    expect(late.statusCode).toBe(409);
    const outsider = await readyWorker(t);
    expect((await requirementsOf(outsider, draft.id)).statusCode).toBe(404);
    expect((await requirementsOf(worker, draft.id)).json()).toMatchObject({ requirementSet: null, eligible: true });
  });
});
