import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { events, jobs } from "#platform/tables";
import { assignmentBody, call, postingClient, readyWorker, type Session, teammate } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const owner = await postingClient(t);
const HOUR = 3_600_000;
const at = (hours: number) => new Date(t.clock.now().getTime() + hours * HOUR).toISOString();

const preview = (as: Session | null, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: "/api/v1/assignments/preview", payload });

/** The company's totals and every event and job in this file's database: a preview must change none of them. */
async function ownState(as: Session) {
  const list = await call(t, as, { method: "GET", url: "/api/v1/assignments?limit=1" });
  const [counted] = await t.db
    .select({ events: sql<number>`(select count(*) from ${events})::int`, jobs: sql<number>`count(*)::int` })
    .from(jobs);
  return { totals: list.json().totals, counted };
}

const codes = (report: { findings: { code: string }[] }) => report.findings.map((f) => f.code);

describe("POST /api/v1/assignments/preview", () => {
  it("scores a half-typed draft and prices it, writing nothing", async () => {
    const before = await ownState(owner);
    const response = await preview(owner, {
      title: "Fix",
      locationType: "onsite",
      pricing: { type: "hourly", rate: 5_000, maxHours: 4 },
      currency: "USD",
    });
    expect(response.statusCode, response.body).toBe(200);
    const body = response.json();
    expect(body.maximumSpend).toEqual({ amount: 20_000, currency: "USD" });
    expect(codes(body.completeness)).toEqual([
      "location_missing",
      "schedule_missing",
      "description_too_short",
      "deliverables_missing",
      "skills_missing",
      "contact_missing",
      "instructions_missing",
      "industry_missing",
      "title_vague",
    ]);
    // 3 blockers × 20, 3 warnings × 10, 3 tips × 3.
    expect(body.completeness.score).toBe(1);
    expect(await ownState(owner)).toEqual(before);
  });

  it("answers an empty draft without a maximum spend, and reads the time from the server's clock", async () => {
    const empty = await preview(owner, {});
    expect(empty.statusCode, empty.body).toBe(200);
    expect(empty.json().maximumSpend).toBeNull();

    const { pricing, ...rest } = assignmentBody(t);
    const whole = await preview(owner, { ...rest, pricing, currency: undefined, deliverableCount: 2 });
    expect(whole.json()).toEqual({
      completeness: { score: 100, findings: [] },
      maximumSpend: { amount: 25_000, currency: "USD" },
    });
    const past = { type: "window", startsAt: at(-3), endsAt: at(-1) };
    const late = await preview(owner, { ...rest, pricing, schedule: past, deliverableCount: 2 });
    expect(codes(late.json().completeness)).toEqual(["window_passed"]);
  });

  it("refuses a bad field with 400 at its pointer", async () => {
    for (const [payload, pointer] of [
      [{ pricing: { type: "hourly", rate: -1, maxHours: 4 } }, "/body/pricing/rate"],
      [{ title: "x".repeat(121) }, "/body/title"],
      [{ deliverableCount: 31 }, "/body/deliverableCount"],
      [{ locationType: "remote", location: assignmentBody(t).location }, "/body/location"],
      [{ budgetCode: "X-1" }, "/body"],
    ] as const) {
      const response = await preview(owner, payload);
      expect(response.statusCode, response.body).toBe(400);
      const body = response.json();
      expect(body.code).toBe("validation_failed");
      expect(body.errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
    }
  });

  it("is for those who may create assignments: workers and viewers 403, logged out 401", async () => {
    const payload = { title: "Mount two screens" };
    const asWorker = await preview(await readyWorker(t), payload);
    expect(asWorker.statusCode, asWorker.body).toBe(403);
    const asViewer = await preview(await teammate(t, owner, "viewer"), payload);
    expect(asViewer.statusCode, asViewer.body).toBe(403);
    const asManager = await preview(await teammate(t, owner, "manager"), payload);
    expect(asManager.statusCode, asManager.body).toBe(200);
    const loggedOut = await preview(null, payload);
    expect(loggedOut.statusCode, loggedOut.body).toBe(401);
    expect(loggedOut.json().code).toBe("unauthenticated");
  });
});

describe("creating a draft with an on-site contact email", () => {
  it("answers 201 with the email lower-cased, and reads it back the same", async () => {
    const onsiteContact = { name: "Dana Lopez", phone: null, email: "  Dana.Lopez@Example.COM " };
    const created = await call(t, owner, {
      method: "POST",
      url: "/api/v1/assignments",
      payload: assignmentBody(t, { onsiteContact }),
    });
    expect(created.statusCode, created.body).toBe(201);
    const expected = { name: "Dana Lopez", phone: null, email: "dana.lopez@example.com" };
    expect(created.json().onsiteContact).toEqual(expected);
    const read = await call(t, owner, { method: "GET", url: `/api/v1/assignments/${created.json().id}` });
    expect(read.json().onsiteContact).toEqual(expected);
  });
});
