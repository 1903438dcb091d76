import { describe, expect, it } from "vitest";
import {
  act,
  assignedAssignment,
  assignmentBody,
  call,
  draftAssignment,
  postingClient,
  readyWorker,
  type Session,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const owner = await postingClient(t);
const later = (hours: number) => new Date(Date.now() + hours * 3_600_000).toISOString();

async function countOwn(as: Session): Promise<number> {
  const list = await call(t, as, { method: "GET", url: "/api/v1/assignments?limit=1" });
  return list.json().totals.reduce((sum: number, total: { count: number }) => sum + total.count, 0);
}

const location = assignmentBody(t).location;
/** Each case breaks one field; the answer must be 400 with a pointer at it, and nothing stored. */
const badCreates: [string, Record<string, unknown>, string][] = [
  ["an empty title", { title: "" }, "/body/title"],
  ["a title of 121 characters", { title: "x".repeat(121) }, "/body/title"],
  ["a title with a control character", { title: "Fix\u0007it" }, "/body/title"],
  ["a numeric title", { title: 42 }, "/body/title"],
  ["a description of 20 001 characters", { description: "x".repeat(20_001) }, "/body/description"],
  ["an unknown industry", { industry: "Alchemy" }, "/body/industry"],
  ["31 skills", { skills: Array.from({ length: 31 }, (_, i) => `skill ${i}`) }, "/body/skills"],
  ["a skill of 61 characters", { skills: ["x".repeat(61)] }, "/body/skills/0"],
  ["instructions of 10 001 characters", { instructions: "x".repeat(10_001) }, "/body/instructions"],
  ["an unknown location type", { locationType: "moon" }, "/body/locationType"],
  ["a latitude of 91", { location: { ...location, latitude: 91 } }, "/body/location/latitude"],
  ["a three-letter country", { location: { ...location, country: "USA" } }, "/body/location/country"],
  ["a remote assignment with a site", { locationType: "remote" }, "/body/location"],
  [
    "a contact with a bad email",
    { onsiteContact: { name: "Dana", phone: null, email: "nope" } },
    "/body/onsiteContact/email",
  ],
  ["an unknown time zone", { timeZone: "Mars/Olympus_Mons" }, "/body/timeZone"],
  [
    "an end before the start",
    { schedule: { type: "fixed", startsAt: later(10), endsAt: later(9) } },
    "/body/schedule/endsAt",
  ],
  ["a window without an end", { schedule: { type: "window", startsAt: later(10) } }, "/body/schedule/endsAt"],
  [
    "a schedule over a year long",
    { schedule: { type: "window", startsAt: later(1), endsAt: later(24 * 400) } },
    "/body/schedule/endsAt",
  ],
  [
    "a date without a time zone",
    { schedule: { type: "fixed", startsAt: "2030-01-01T09:00:00", endsAt: null } },
    "/body/schedule/startsAt",
  ],
  ["a deadline before the start", { deadline: later(1) }, "/body/deadline"],
  ["a negative price", { pricing: { type: "flat", amount: -100 } }, "/body/pricing/amount"],
  ["a price in fractions of a cent", { pricing: { type: "flat", amount: 10.5 } }, "/body/pricing/amount"],
  ["a price above 2^53", { pricing: { type: "flat", amount: 2 ** 53 } }, "/body/pricing/amount"],
  ["hours with three decimals", { pricing: { type: "hourly", rate: 5000, maxHours: 1.125 } }, "/body/pricing/maxHours"],
  ["an hourly rate with no cap", { pricing: { type: "hourly", rate: 5000 } }, "/body/pricing/maxHours"],
  [
    "a blended cap under its flat hours",
    { pricing: { type: "blended", amount: 1, flatHours: 4, rate: 1, maxHours: 2 } },
    "/body/pricing/maxHours",
  ],
  ["an unknown pricing type", { pricing: { type: "barter", amount: 1 } }, "/body/pricing/type"],
  ["an unknown currency", { currency: "XYZ" }, "/body/currency"],
  ["a lower-case currency", { currency: "usd" }, "/body/currency"],
  ["negative payment terms", { paymentTermsDays: -1 }, "/body/paymentTermsDays"],
  ["fractional payment terms", { paymentTermsDays: 1.5 }, "/body/paymentTermsDays"],
  ["confirmation a week and an hour ahead", { confirmationHours: 169 }, "/body/confirmationHours"],
  ["an unknown routing mode", { routingMode: "auction" }, "/body/routingMode"],
  ["an unexpected field", { budgetCode: "X-1" }, "/body"],
];

describe("POST /api/v1/assignments refuses bad input field by field", () => {
  for (const [name, change, pointer] of badCreates) {
    it(`refuses ${name} with 400 at ${pointer}, storing nothing`, async () => {
      const before = await countOwn(owner);
      const response = await call(t, owner, {
        method: "POST",
        url: "/api/v1/assignments",
        payload: { ...assignmentBody(t, {}, 48), ...change },
      });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      const body = response.json();
      expect(body.code).toBe("validation_failed");
      expect(body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      expect(await countOwn(owner)).toBe(before);
    });
  }

  it("answers a 10 MB description with 413, storing nothing", async () => {
    const before = await countOwn(owner);
    const response = await call(t, owner, {
      method: "POST",
      url: "/api/v1/assignments",
      payload: { ...assignmentBody(t), description: "x".repeat(10 * 1024 * 1024) },
    });
    expect(response.statusCode).toBe(413);
    expect(response.json().code).toBe("payload_too_large");
    expect(await countOwn(owner)).toBe(before);
  });

  it("stores injection strings verbatim and serves them back harmlessly", async () => {
    const title = `'; DROP TABLE assignments; -- <script>alert(1)</script>`;
    const description = `${assignmentBody(t).description}\n\n<img src=x onerror=alert(1)> {{constructor.constructor('x')()}} \${process.exit()}`;
    const created = await draftAssignment(t, owner, { title, description, skills: ['=HYPERLINK("http://evil")'] });
    const read = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${created.id}` });
    expect(read.json()).toMatchObject({ title, description });
    const search = await call(t, owner, { method: "GET", url: `/api/v1/assignments?q=${encodeURIComponent("%_'\\")}` });
    expect(search.statusCode).toBe(200);
    expect(search.json().items).toEqual([]);
    const found = await call(t, owner, {
      method: "GET",
      url: `/api/v1/assignments?q=${encodeURIComponent("DROP TABLE")}`,
    });
    expect(found.json().items.map((i: { id: string }) => i.id)).toEqual([created.id]);
    await draftAssignment(t, owner, { title: "=cmd|' /C calc'!A0" });
    const csv = await call(t, owner, { method: "GET", url: "/api/v1/assignments/export.csv" });
    expect(csv.body).toContain(`,'=cmd|' /C calc'!A0,`);
    expect(csv.body).not.toMatch(/(^|,)=cmd/m);
  });
});

describe("the actions refuse bad input", () => {
  it("checks edits, recipients, claims, fees and reasons", async () => {
    const { owner: boss, assignee, assignment } = await assignedAssignment(t);
    const url = `/api/v1/assignments/${assignment.id}`;
    const cases: [string, string, unknown, number, string | null][] = [
      ["PATCH", url, { title: "No version" }, 400, "/body/version"],
      ["PATCH", url, { version: assignment.version }, 400, "/body"],
      ["POST", `${url}/submit`, { hours: -1 }, 400, "/body/hours"],
      ["POST", `${url}/submit`, { hours: 1, expenses: -5 }, 400, "/body/expenses"],
      ["POST", `${url}/submit`, { hours: 1.001 }, 400, "/body/hours"],
      ["POST", `${url}/cancel`, { reason: "" }, 400, "/body/reason"],
      ["POST", `${url}/cancel`, { reason: "x", fee: -1 }, 400, "/body/fee"],
      ["POST", `${url}/cancel`, { reason: "x", fee: 0.5 }, 400, "/body/fee"],
      ["POST", `${url}/hold`, { reason: "x".repeat(1001) }, 400, "/body/reason"],
      ["POST", `${url}/hold`, {}, 400, "/body/reason"],
      ["GET", "/api/v1/assignments?limit=0", undefined, 400, "/querystring/limit"],
      ["GET", "/api/v1/assignments?status=lost", undefined, 400, "/querystring/status/0"],
      ["GET", "/api/v1/assignments?from=yesterday", undefined, 400, "/querystring/from"],
      ["GET", "/api/v1/assignments?cursor=%%%", undefined, 400, "/querystring/cursor"],
      ["GET", "/api/v1/assignments/not-a-uuid", undefined, 400, "/params/id"],
    ];
    for (const [method, target, payload, status, pointer] of cases) {
      const as = target.includes("submit") ? assignee : boss;
      const response = await call(t, as, { method: method as "GET", url: target, payload: payload as never });
      expect(response.statusCode, `${method} ${target} ${JSON.stringify(payload)}: ${response.body}`).toBe(status);
      if (pointer) {
        expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
      }
    }
    const unchanged = await call(t, boss, { method: "GET", url });
    expect(unchanged.json()).toMatchObject({ status: "assigned", version: assignment.version });
  });

  it("checks the recipient list when sending", async () => {
    const draft = await draftAssignment(t, owner);
    const worker = await readyWorker(t);
    const url = `/api/v1/assignments/${draft.id}/send`;
    const cases: [unknown, string][] = [
      [{ workerIds: [] }, "/body/workerIds"],
      [{ workerIds: [worker.me.id, worker.me.id] }, "/body/workerIds"],
      [{ workerIds: ["nope"] }, "/body/workerIds/0"],
      [{ workerIds: Array.from({ length: 501 }, () => worker.me.id) }, "/body/workerIds"],
      [{ workerIds: [worker.me.id, owner.me.id] }, "/body/workerIds/1"],
      [{ workerIds: [worker.me.id], invitationsExpireAt: later(-1) }, "/body/invitationsExpireAt"],
      [{ workerIds: [worker.me.id, worker.me.id.replace(/.$/, "0")], assignDirectly: true }, "/body/workerIds"],
    ];
    for (const [payload, pointer] of cases) {
      const response = await call(t, owner, { method: "POST", url, payload: payload as never });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
    const view = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${draft.id}` });
    expect(view.json()).toMatchObject({ status: "draft", recipients: [] });
    await act(t, owner, draft.id, "send", { workerIds: [worker.me.id] });
  });
});
