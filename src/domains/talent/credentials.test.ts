import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createLocalStorage, setStorage } from "#platform/storage";
import {
  call,
  client,
  eventsOf,
  lastMailTo,
  multipartFile,
  PNG_BYTES,
  type Session,
  staffMember,
  teammate,
  worker,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-credentials-"))));
const DAY = 86_400_000;

const licenceBody = (expiresOn: string) => ({
  kind: "licence",
  name: "Electrician",
  number: "TECL-12345",
  region: "TX",
  country: "US",
  expiresOn,
});

async function added(as: Session, body: Record<string, unknown>) {
  const response = await call(t, as, { method: "POST", url: "/api/v1/credentials", payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string; actions: string[]; reviews: unknown[] };
}

const day = (offsetDays: number) => new Date(t.clock.now().getTime() + offsetDays * DAY).toISOString().slice(0, 10);

describe("POST /api/v1/credentials", () => {
  it("adds each kind for the worker, pending until reviewed, with its event", async () => {
    const w = await worker(t);
    const licence = await added(w, licenceBody(day(200)));
    expect(licence).toMatchObject({ status: "pending", kind: "licence", region: "TX", actions: ["upload_document"] });
    await added(w, { kind: "certification", name: "OSHA 30" });
    await added(w, {
      kind: "insurance",
      name: "General liability",
      coverage: { amount: 100_000_000, currency: "USD" },
      expiresOn: day(300),
    });
    await added(w, { kind: "screening", name: "background", performedOn: day(-10), issuer: "Checkr" });
    const mine = await call(t, w, { method: "GET", url: "/api/v1/credentials" });
    expect(mine.json().items).toHaveLength(4);
    expect((await eventsOf(t, licence.id)).map((e) => e.action)).toEqual(["credential.added"]);
  });

  it("refuses bad input with field errors, and clients", async () => {
    const w = await worker(t);
    const bad = await call(t, w, {
      method: "POST",
      url: "/api/v1/credentials",
      payload: { kind: "licence", name: "", number: "1", region: "TX", country: "usa", expiresOn: "2026-13-45" },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    const pointers = (bad.json().errors as { pointer: string }[]).map((e) => e.pointer);
    expect(pointers).toEqual(expect.arrayContaining(["/body/name", "/body/country", "/body/expiresOn"]));
    const unknownKind = await call(t, w, { method: "POST", url: "/api/v1/credentials", payload: { kind: "badge" } });
    expect(unknownKind.statusCode).toBe(400);
    const asClient = await call(t, await client(t), {
      method: "POST",
      url: "/api/v1/credentials",
      payload: licenceBody(day(10)),
    });
    expect(asClient.statusCode).toBe(403);
  });
});

describe("credential documents", () => {
  it("stores the worker's document, refuses another worker (404) and a wrong type (415), serves it to companies", async () => {
    const w = await worker(t);
    const credential = await added(w, licenceBody(day(100)));
    const url = `/api/v1/credentials/${credential.id}/document`;
    const uploaded = await call(t, w, { method: "POST", url, ...multipartFile(PNG_BYTES, "licence.png", "image/png") });
    expect(uploaded.statusCode, uploaded.body).toBe(200);
    expect(uploaded.json().document).toMatchObject({ fileName: "licence.png", contentType: "image/png", url });
    const stranger = await call(t, await worker(t), {
      method: "POST",
      url,
      ...multipartFile(PNG_BYTES, "x.png", "image/png"),
    });
    expect(stranger.statusCode).toBe(404);
    const wrong = await call(t, w, {
      method: "POST",
      url,
      ...multipartFile(Buffer.from("MZ\x90\x00binary"), "x.exe", "application/x-msdownload"),
    });
    expect(wrong.statusCode).toBe(415);
    const empty = await call(t, w, { method: "POST", url, ...multipartFile(Buffer.alloc(0), "x.png", "image/png") });
    expect(empty.statusCode).toBe(400);
    const read = await call(t, await client(t), { method: "GET", url });
    expect(read.statusCode).toBe(200);
    expect(read.headers["content-type"]).toBe("image/png");
    expect((await call(t, await worker(t), { method: "GET", url })).statusCode).toBe(404);
  });
});

describe("reviews", () => {
  it("a company's review counts for itself only; staff's counts for every company; the worker sees all and is told", async () => {
    const w = await worker(t);
    const credential = await added(w, licenceBody(day(100)));
    const [a, b] = [await client(t), await client(t)];
    const rejected = await call(t, a, {
      method: "POST",
      url: `/api/v1/credentials/${credential.id}/reject`,
      payload: { reason: "The number does not match the state register." },
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect(rejected.json()).toMatchObject({ status: "rejected", actions: ["verify", "reject"] });
    expect((await lastMailTo(t, w.me.email)).subject).toContain("rejected");
    const asB = async () =>
      (await call(t, b, { method: "GET", url: `/api/v1/workers/${w.me.id}/credentials` })).json().items[0];
    expect(await asB()).toMatchObject({ status: "pending", reviews: [] });
    const staff = await staffMember(t, "trust_safety");
    const verified = await call(t, staff, {
      method: "POST",
      url: `/api/v1/credentials/${credential.id}/verify`,
      payload: { note: null },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    expect(await asB()).toMatchObject({ status: "verified", reviews: [{ by: "staff", decision: "verified" }] });
    const asA = (await call(t, a, { method: "GET", url: `/api/v1/workers/${w.me.id}/credentials` })).json().items[0];
    expect(asA.status).toBe("rejected");
    expect(asA.reviews).toHaveLength(2);
    const own = (await call(t, w, { method: "GET", url: "/api/v1/credentials" })).json().items[0];
    expect(own.reviews.map((r: { by: string }) => r.by).sort()).toEqual(["company", "staff"]);
    expect((await eventsOf(t, credential.id)).map((e) => e.action)).toEqual([
      "credential.added",
      "credential.rejected",
      "credential.verified",
    ]);
  });

  it("refuses viewers, other staff roles and the worker themself (403); rejecting needs a reason (400)", async () => {
    const w = await worker(t);
    const credential = await added(w, licenceBody(day(100)));
    const url = `/api/v1/credentials/${credential.id}/verify`;
    const admin = await client(t);
    const viewer = await teammate(t, admin, "viewer");
    for (const as of [viewer, await staffMember(t, "escalations"), w]) {
      const refused = await call(t, as, { method: "POST", url, payload: { note: null } });
      expect(refused.statusCode, refused.body).toBe(403);
    }
    expect((await call(t, await worker(t), { method: "POST", url, payload: { note: null } })).statusCode).toBe(404);
    const noReason = await call(t, admin, {
      method: "POST",
      url: `/api/v1/credentials/${credential.id}/reject`,
      payload: {},
    });
    expect(noReason.statusCode).toBe(400);
    expect(
      (await call(t, w, { method: "GET", url: `/api/v1/workers/${(await worker(t)).me.id}/credentials` })).statusCode,
    ).toBe(404);
  });
});

describe("talent.credentials_clock", () => {
  it("reminds 30 days before the expiry (once), then turns the credential expired the day after it (once)", async () => {
    t.clock.set(new Date("2030-03-01T12:00:00Z"));
    const w = await worker(t);
    const credential = await added(w, licenceBody("2030-04-15"));
    const staff = await staffMember(t, "admin");
    const verified = await call(t, staff, {
      method: "POST",
      url: `/api/v1/credentials/${credential.id}/verify`,
      payload: { note: null },
    });
    expect(verified.statusCode, verified.body).toBe(200);
    await t.runJobs();
    expect((await eventsOf(t, credential.id)).map((e) => e.action)).not.toContain("credential.expiry_reminded");
    t.clock.set(new Date("2030-03-16T12:00:00Z"));
    await t.runJobs();
    await t.runJobs();
    expect((await lastMailTo(t, w.me.email)).subject).toBe('Your licence "Electrician" expires on 2030-04-15');
    t.clock.set(new Date("2030-04-15T23:00:00Z"));
    await t.runJobs();
    // Sessions last 30 days: a client signed in at each moment reads the list (staff's review counts for each).
    const view = async () =>
      (await call(t, await client(t), { method: "GET", url: `/api/v1/workers/${w.me.id}/credentials` })).json()
        .items[0];
    const before = await view();
    expect(before.status).toBe("verified");
    t.clock.set(new Date("2030-04-16T00:30:00Z"));
    expect((await view()).status).toBe("expired");
    await t.runJobs();
    await t.runJobs();
    expect((await lastMailTo(t, w.me.email)).subject).toBe('Your licence "Electrician" has expired');
    const actions = (await eventsOf(t, credential.id)).map((e) => e.action);
    expect(actions.filter((a) => a === "credential.expiry_reminded")).toHaveLength(1);
    expect(actions.filter((a) => a === "credential.expired")).toHaveLength(1);
  });
});
