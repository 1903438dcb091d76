import { randomUUID } from "node:crypto";
import type { InjectOptions } from "fastify";
import { describe, expect, it } from "vitest";
import { personActor } from "#platform/context";
import { call, postingClient, readyWorker, type Session, staffMember } from "#test/given";
import { testApp } from "#test/harness";
import { restrictionScopes } from "./contract";
import { coverage } from "./coverage";
import { checkStanding } from "./standing-steps";

/**
 * The enforcement walk (issue 15, Proof): every route of the route table that the standing check covers is called by
 * a suspended worker and a suspended company's admin and must answer 403 `account_restricted` naming the rule and
 * the end; every restriction scope refuses each route it lists; reads and the appeal stay open; the end date by the
 * clock lets the account act again.
 */
const t = await testApp();
const DAY = 86_400_000;
const apiRoutes = t.routes().filter((route) => route.url.startsWith("/api/v1/"));

async function sanctioned(as: Session, party: "user" | "company", extra: Record<string, unknown>) {
  const reporter = await readyWorker(t);
  const partyId = party === "user" ? as.me.id : (as.me.company?.id as string);
  const filed = await call(t, reporter, {
    method: "POST",
    url: "/api/v1/reports",
    payload: { subjectType: party, subjectId: partyId, rule: "CVG-1.1", details: "Fake hours on every timesheet." },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const staff = await staffMember(t, "trust_safety");
  const issued = await call(t, staff, {
    method: "POST",
    url: "/api/v1/staff/sanctions",
    payload: {
      partyType: party,
      partyId,
      rule: "CVG-1.1",
      reportIds: [filed.json().id],
      reason: "Fake hours confirmed against the check-in records.",
      endsAt: new Date(t.clock.now().getTime() + 3 * DAY).toISOString(),
      ...extra,
    },
  });
  expect(issued.statusCode, issued.body).toBe(201);
  return issued.json() as { id: string; endsAt: string };
}

function requestFor(route: (typeof apiRoutes)[number], as: Session): InjectOptions {
  return {
    method: route.method as InjectOptions["method"],
    url: route.url.replace(/:(\w+)/g, () => randomUUID()),
    headers: as.headers,
    payload: route.method === "DELETE" ? undefined : {},
  };
}

describe("enforcement walk", () => {
  it("refuses a suspended worker and a suspended company on every write the standing check covers", async () => {
    const worker = await readyWorker(t);
    const admin = await postingClient(t);
    const onWorker = await sanctioned(worker, "user", { kind: "suspension" });
    const onCompany = await sanctioned(admin, "company", { kind: "suspension" });
    const covered = apiRoutes.filter((route) => route.standing);
    expect(covered.length).toBeGreaterThan(60);
    let checked = 0;
    for (const route of covered) {
      const callers: [Session, { id: string; endsAt: string }][] = [];
      if (route.auth !== "client") {
        callers.push([worker, onWorker]);
      }
      if (route.auth !== "worker") {
        callers.push([admin, onCompany]);
      }
      for (const [as, sanction] of callers) {
        const response = await t.inject(requestFor(route, as));
        const label = `${route.method} ${route.url}: ${response.body}`;
        expect(response.statusCode, label).toBe(403);
        expect(response.json(), label).toMatchObject({
          code: "account_restricted",
          rule: "CVG-1.1",
          endsAt: sanction.endsAt,
          sanctionId: sanction.id,
        });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(covered.length);
    // Reads of their own data and the appeal stay open.
    expect((await call(t, worker, { method: "GET", url: "/api/v1/sanctions" })).statusCode).toBe(200);
    expect((await call(t, admin, { method: "GET", url: "/api/v1/assignments" })).statusCode).toBe(200);
    expect(apiRoutes.find((r) => r.operationId === "appealSanction")?.standing).toBe(false);
    const appeal = await call(t, worker, {
      method: "POST",
      url: `/api/v1/sanctions/${onWorker.id}/appeal`,
      payload: { statement: "The hours match my phone's location history." },
    });
    expect(appeal.statusCode, appeal.body).toBe(200);
    // Blocking protects the one who blocks: a suspended worker may still keep a company away.
    const block = await call(t, worker, {
      method: "POST",
      url: "/api/v1/blocks",
      payload: { companyId: admin.me.company?.id },
    });
    expect(block.statusCode, block.body).toBe(201);
    // After the end date by the clock (the job has not run yet), the account acts again.
    t.clock.advance(3 * DAY + 1000);
    const after = await call(t, worker, { method: "PATCH", url: "/api/v1/workers/me", payload: {} });
    expect(after.json().code).not.toBe("account_restricted");
    t.clock.advance(-(3 * DAY + 1000));
  });

  it("refuses each restriction scope on exactly the routes it lists", async () => {
    const operationIds = new Set(apiRoutes.map((route) => route.operationId));
    for (const scope of restrictionScopes) {
      for (const id of coverage[scope]) {
        expect(operationIds.has(id), `${scope}: ${id} is a route`).toBe(true);
      }
      const worker = await readyWorker(t);
      const admin = await postingClient(t);
      await sanctioned(worker, "user", { kind: "restriction", scopes: [scope] });
      await sanctioned(admin, "company", { kind: "restriction", scopes: [scope] });
      for (const route of apiRoutes.filter((r) => r.standing)) {
        const listed = coverage[scope].includes(route.operationId ?? "");
        const as = route.auth === "client" ? admin : worker;
        const response = await t.inject(requestFor(route, as));
        const refused = response.statusCode === 403 && response.json().code === "account_restricted";
        expect(refused, `${scope}: ${route.method} ${route.url} (${response.body})`).toBe(listed);
      }
    }
  });

  it("refuses alike when the check reads on its own (an actor whose credential lookup did not read the standing)", async () => {
    const worker = await readyWorker(t);
    const admin = await postingClient(t);
    const companyId = admin.me.company?.id as string;
    const asWorker = personActor(worker.me.id, null, null);
    const asAdmin = personActor(admin.me.id, companyId, "admin");
    const check = (actor: typeof asWorker) =>
      checkStanding(t.db, { actor, operationId: "postMessage", now: t.clock.now() });
    await check(asWorker);
    await check(asAdmin);
    const onWorker = await sanctioned(worker, "user", { kind: "restriction", scopes: ["message"] });
    const onCompany = await sanctioned(admin, "company", { kind: "suspension" });
    for (const [actor, sanction, kind] of [
      [asWorker, onWorker, "restriction"],
      [asAdmin, onCompany, "suspension"],
    ] as const) {
      const refused = await check(actor).catch((error: unknown) => error);
      expect(refused).toMatchObject({
        code: "account_restricted",
        extra: { sanctionId: sanction.id, kind, rule: "CVG-1.1", endsAt: sanction.endsAt },
      });
    }
    // A restriction leaves the routes it does not list open; the clock's end date ends it.
    await checkStanding(t.db, { actor: asWorker, operationId: "updateWorkerProfile", now: t.clock.now() });
    await checkStanding(t.db, {
      actor: asAdmin,
      operationId: "postMessage",
      now: new Date(Date.parse(onCompany.endsAt) + 1),
    });
  });
});
