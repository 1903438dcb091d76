import { createHash } from "node:crypto";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import { call, client, eventsOf, lastMailTo, multipartFile, type Session, teammate, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-agreements-"))));
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\n%%EOF\n`);

async function agreement(owner: Session, title = "Subcontractor NDA") {
  const created = await call(t, owner, { method: "POST", url: "/api/v1/agreements", payload: { title } });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id as string;
}

const upload = (as: Session, id: string, version: string, bytes: Buffer, type = "application/pdf") =>
  call(t, as, {
    method: "POST",
    url: `/api/v1/agreements/${id}/versions?version=${encodeURIComponent(version)}`,
    ...multipartFile(bytes, "nda.pdf", type),
  });

async function asked(owner: Session, id: string, w: Session) {
  const answer = await call(t, owner, {
    method: "POST",
    url: `/api/v1/agreements/${id}/requests`,
    payload: { workerIds: [w.me.id] },
  });
  expect(answer.statusCode, answer.body).toBe(200);
  return answer.json();
}

const sign = (w: Session, id: string, versionId: string, fullName = "Wren Worker") =>
  call(t, w, { method: "POST", url: `/api/v1/agreements/${id}/sign`, payload: { versionId, fullName } });

async function gatedPool(owner: Session, id: string) {
  const set = await call(t, owner, {
    method: "POST",
    url: "/api/v1/requirement-sets",
    payload: { name: "Signed", requirements: [{ type: "agreement", agreementId: id }] },
  });
  expect(set.statusCode, set.body).toBe(201);
  const pool = await call(t, owner, {
    method: "POST",
    url: "/api/v1/talent-pools",
    payload: { name: "Under NDA", visibility: "public", requirementSetId: set.json().id },
  });
  return pool.json().id as string;
}

describe("agreements", () => {
  it("a worker signs the current version (name, time, hash recorded); a new version needs a new signature", async () => {
    const owner = await client(t);
    const id = await agreement(owner);
    const poolId = await gatedPool(owner, id);
    const w = await worker(t);
    const checks = async () =>
      (await call(t, w, { method: "GET", url: `/api/v1/talent-pools/${poolId}` })).json().checks;
    expect((await checks())[0]).toMatchObject({
      met: false,
      reason: "agreement: Subcontractor NDA: no document to sign yet",
    });
    const first = await upload(owner, id, "2026-1", pdf("one"));
    expect(first.statusCode, first.body).toBe(201);
    const v1 = first.json().current;
    expect(v1).toMatchObject({ label: "2026-1", sha256: createHash("sha256").update(pdf("one")).digest("hex") });
    expect((await call(t, w, { method: "GET", url: `/api/v1/agreements/${id}` })).statusCode).toBe(404);
    await asked(owner, id, w);
    expect((await lastMailTo(t, w.me.email)).subject).toContain("Subcontractor NDA");
    const mine = await call(t, w, { method: "GET", url: "/api/v1/agreements" });
    expect(mine.json().items).toEqual([expect.objectContaining({ id, actions: ["sign"], signatures: [] })]);
    const document = await call(t, w, { method: "GET", url: `/api/v1/agreements/${id}/document` });
    expect(document.rawPayload.equals(pdf("one"))).toBe(true);
    expect((await checks())[0].reason).toBe("agreement: Subcontractor NDA: version 2026-1 not signed");
    const signed = await sign(w, id, v1.id);
    expect(signed.statusCode, signed.body).toBe(200);
    expect(signed.json()).toMatchObject({
      actions: [],
      signatures: [{ fullName: "Wren Worker", sha256: v1.sha256, versionLabel: "2026-1", current: true }],
    });
    expect((await sign(w, id, v1.id)).statusCode).toBe(200);
    const today = t.clock.now().toISOString().slice(0, 10);
    expect((await checks())[0]).toMatchObject({
      met: true,
      reason: `agreement: Subcontractor NDA: signed version 2026-1 on ${today}`,
    });
    const second = (await upload(owner, id, "2026-2", pdf("two"))).json().current;
    expect((await checks())[0]).toMatchObject({
      met: false,
      reason: "agreement: Subcontractor NDA: signed version 2026-1, the current is 2026-2",
    });
    const stale = await sign(w, id, v1.id);
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "version_conflict", currentVersionId: second.id });
    expect((await sign(w, id, second.id)).statusCode).toBe(200);
    expect((await checks())[0].met).toBe(true);
    expect((await eventsOf(t, id)).map((e) => e.action)).toEqual([
      "agreement.created",
      "agreement.version_uploaded",
      "agreement.signature_requested",
      "agreement.signed",
      "agreement.version_uploaded",
      "agreement.signed",
    ]);
    const owners = await call(t, owner, { method: "GET", url: `/api/v1/agreements/${id}` });
    expect(
      owners
        .json()
        .signatures.map((s: { current: boolean }) => s.current)
        .sort(),
    ).toEqual([false, true]);
  });

  it("keeps agreements to their company and the workers asked", async () => {
    const owner = await client(t);
    const id = await agreement(owner);
    const v1 = (await upload(owner, id, "v1", pdf("x"))).json().current;
    const w = await worker(t);
    await asked(owner, id, w);
    const stranger = await client(t);
    const otherWorker = await worker(t);
    for (const as of [stranger, otherWorker]) {
      expect((await call(t, as, { method: "GET", url: `/api/v1/agreements/${id}` })).statusCode).toBe(404);
      expect((await call(t, as, { method: "GET", url: `/api/v1/agreements/${id}/document` })).statusCode).toBe(404);
      expect((await call(t, as, { method: "GET", url: "/api/v1/agreements" })).json().items).toEqual([]);
    }
    expect((await sign(otherWorker, id, v1.id)).statusCode).toBe(404);
    expect((await upload(stranger, id, "v2", pdf("y"))).statusCode).toBe(404);
    const viewer = await teammate(t, owner, "viewer");
    expect((await upload(viewer, id, "v2", pdf("y"))).statusCode).toBe(403);
    const foreign = await call(t, stranger, {
      method: "POST",
      url: "/api/v1/requirement-sets",
      payload: { name: "Borrowed", requirements: [{ type: "agreement", agreementId: id }] },
    });
    expect(foreign.json().errors[0].pointer).toBe("/body/requirements/0/agreementId");
  });

  it("refuses bad input: no title, a reused or missing version label, a file that is not a document, a blank name", async () => {
    const owner = await client(t);
    const blank = await call(t, owner, { method: "POST", url: "/api/v1/agreements", payload: { title: "" } });
    expect(blank.json().errors[0].pointer).toBe("/body/title");
    const id = await agreement(owner);
    const noDoc = await call(t, owner, {
      method: "POST",
      url: `/api/v1/agreements/${id}/requests`,
      payload: { workerIds: [(await worker(t)).me.id] },
    });
    expect(noDoc.json().code).toBe("invalid_transition");
    const missing = await call(t, owner, {
      method: "POST",
      url: `/api/v1/agreements/${id}/versions`,
      ...multipartFile(pdf("a"), "a.pdf", "application/pdf"),
    });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors[0].pointer).toBe("/querystring/version");
    expect((await upload(owner, id, "v1", Buffer.from("plain text"), "text/plain")).statusCode).toBe(415);
    const v1 = (await upload(owner, id, "v1", pdf("a"))).json().current;
    const again = await upload(owner, id, "v1", pdf("b"));
    expect(again.statusCode).toBe(409);
    expect(again.json().errors[0].pointer).toBe("/querystring/version");
    const w = await worker(t);
    await asked(owner, id, w);
    expect((await sign(w, id, v1.id, " ")).json().errors[0].pointer).toBe("/body/fullName");
  });
});
