/**
 * GET /api/v1/events?subject=<talent type>:<id>: each talent record's history is read by those who may read the
 * record (talent/history-steps.ts); everyone else gets the same 404 as for a missing record.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import { call, client, multipartFile, type Session, staffMember, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

/** The part of GET /events' answer read here (history is above talent in the registry, so its contract is not imported). */
type EventPage = { items: { action: string; data: Record<string, unknown> }[] };

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-talent-history-"))));

const history = (as: Session, subject: string) =>
  call(t, as, { method: "GET", url: `/api/v1/events?subject=${encodeURIComponent(subject)}` });
const actions = async (as: Session, subject: string) => {
  const response = await history(as, subject);
  expect(response.statusCode, response.body).toBe(200);
  return (response.json() as EventPage).items.map((e) => e.action);
};
const status = async (as: Session, subject: string) => (await history(as, subject)).statusCode;

async function created(as: Session, url: string, payload: Record<string, unknown>) {
  const response = await call(t, as, { method: "POST", url, payload });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().id as string;
}

describe("credential history", () => {
  it("is the worker's in full; a company sees its own reviews and staff's, never another company's", async () => {
    const w = await worker(t);
    const id = await created(w, "/api/v1/credentials", {
      kind: "licence",
      name: "Electrician",
      number: "E-1",
      region: "TX",
      country: "US",
      expiresOn: "2099-01-01",
    });
    const acme = await client(t);
    const other = await client(t);
    const verify = await call(t, acme, { method: "POST", url: `/api/v1/credentials/${id}/verify`, payload: {} });
    expect(verify.statusCode, verify.body).toBe(200);
    const subject = `credential:${id}`;
    expect(await actions(w, subject)).toEqual(["credential.added", "credential.verified"]);
    expect(await actions(await teammate(t, acme, "viewer"), subject)).toEqual([
      "credential.added",
      "credential.verified",
    ]);
    expect(await actions(other, subject)).toEqual(["credential.added"]);
    const staff = await staffMember(t, "trust_safety");
    expect(await actions(staff, subject)).toEqual(["credential.added"]);
    // Staff's review counts for every company, so every company sees it in the history too.
    const byStaff = await call(t, staff, { method: "POST", url: `/api/v1/credentials/${id}/verify`, payload: {} });
    expect(byStaff.statusCode, byStaff.body).toBe(200);
    expect(await actions(other, subject)).toEqual(["credential.added", "credential.verified"]);
    expect(await actions(w, subject)).toEqual(["credential.added", "credential.verified", "credential.verified"]);
    expect(await status(await worker(t), subject)).toBe(404);
  });
});

describe("requirement set history", () => {
  it("is the owning company's and staff's; another company and workers get 404", async () => {
    const acme = await client(t);
    const id = await created(acme, "/api/v1/requirement-sets", {
      name: "Licensed",
      requirements: [{ type: "licence", name: "Electrician", region: null }],
    });
    const subject = `requirement_set:${id}`;
    expect(await actions(await teammate(t, acme, "viewer"), subject)).toEqual(["requirement_set.created"]);
    expect(await actions(await staffMember(t, "admin"), subject)).toEqual(["requirement_set.created"]);
    expect(await status(await client(t), subject)).toBe(404);
    expect(await status(await worker(t), subject)).toBe(404);
  });
});

describe("talent pool history", () => {
  it("is the company's in full; a member sees only the events about themself; others get 404", async () => {
    const acme = await client(t);
    const id = await created(acme, "/api/v1/talent-pools", { name: "Electricians", visibility: "private" });
    const member = await worker(t);
    const other = await worker(t);
    for (const w of [member, other]) {
      const invited = await call(t, acme, {
        method: "POST",
        url: `/api/v1/talent-pools/${id}/invitations`,
        payload: { workerId: w.me.id },
      });
      expect(invited.statusCode, invited.body).toBe(200);
    }
    const subject = `talent_pool:${id}`;
    expect(await actions(acme, subject)).toEqual(["talent_pool.created", "talent_pool.invited", "talent_pool.invited"]);
    const mine = (await history(member, subject)).json() as EventPage;
    expect(mine.items.map((e) => [e.action, e.data.workerId])).toEqual([["talent_pool.invited", member.me.id]]);
    expect(await status(await worker(t), subject)).toBe(404);
    expect(await status(await client(t), subject)).toBe(404);
    // An invitation-only pool is listed to every worker; its history shows a stranger nothing of the others.
    const listed = await created(acme, "/api/v1/talent-pools", { name: "Listed", visibility: "invitation" });
    await call(t, acme, {
      method: "POST",
      url: `/api/v1/talent-pools/${listed}/invitations`,
      payload: { workerId: member.me.id },
    });
    expect(((await history(await worker(t), `talent_pool:${listed}`)).json() as EventPage).items).toEqual([]);
  });
});

describe("skill test and attempt history", () => {
  it("a test is its company's, an invited worker sees their invitation; an attempt is its worker's and the company's", async () => {
    const acme = await client(t);
    const testId = await created(acme, "/api/v1/skill-tests", {
      title: "Safety",
      questions: [{ type: "single", prompt: "Earth?", points: 1, options: ["Brown", "Green"], correct: 1 }],
      passingScore: 100,
      timeLimitMinutes: 10,
      retakeAfterDays: 1,
    });
    expect((await call(t, acme, { method: "POST", url: `/api/v1/skill-tests/${testId}/publish` })).statusCode).toBe(
      200,
    );
    const w = await worker(t);
    const invited = await call(t, acme, {
      method: "POST",
      url: `/api/v1/skill-tests/${testId}/invitations`,
      payload: { workerIds: [w.me.id] },
    });
    expect(invited.statusCode, invited.body).toBe(200);
    const testSubject = `skill_test:${testId}`;
    expect(await actions(acme, testSubject)).toContain("skill_test.invited");
    expect(await actions(w, testSubject)).toEqual(["skill_test.invited"]);
    expect(await status(await client(t), testSubject)).toBe(404);
    expect(await status(await worker(t), testSubject)).toBe(404);

    const attemptId = await created(w, `/api/v1/skill-tests/${testId}/attempts`, {});
    const attemptSubject = `skill_test_attempt:${attemptId}`;
    expect(await actions(w, attemptSubject)).toEqual(["skill_test_attempt.started"]);
    expect(await actions(await teammate(t, acme, "viewer"), attemptSubject)).toEqual(["skill_test_attempt.started"]);
    expect(await status(await worker(t), attemptSubject)).toBe(404);
    expect(await status(await client(t), attemptSubject)).toBe(404);
  });
});

describe("agreement history", () => {
  it("is its company's in full; a signer sees the events about themself; others get 404", async () => {
    const acme = await client(t);
    const id = await created(acme, "/api/v1/agreements", { title: "NDA" });
    const uploaded = await call(t, acme, {
      method: "POST",
      url: `/api/v1/agreements/${id}/versions?version=v1`,
      ...multipartFile(Buffer.from("%PDF-1.4\n% nda\n%%EOF\n"), "nda.pdf", "application/pdf"),
    });
    expect(uploaded.statusCode, uploaded.body).toBe(201);
    const w = await worker(t);
    const asked = await call(t, acme, {
      method: "POST",
      url: `/api/v1/agreements/${id}/requests`,
      payload: { workerIds: [w.me.id] },
    });
    expect(asked.statusCode, asked.body).toBe(200);
    const signed = await call(t, w, {
      method: "POST",
      url: `/api/v1/agreements/${id}/sign`,
      payload: { versionId: uploaded.json().current.id, fullName: "Wren Worker" },
    });
    expect(signed.statusCode, signed.body).toBe(200);
    const subject = `agreement:${id}`;
    expect(await actions(acme, subject)).toEqual([
      "agreement.created",
      "agreement.version_uploaded",
      "agreement.signature_requested",
      "agreement.signed",
    ]);
    expect(await actions(w, subject)).toEqual(["agreement.signature_requested", "agreement.signed"]);
    expect(await status(await worker(t), subject)).toBe(404);
    expect(await status(await client(t), subject)).toBe(404);
  });
});
