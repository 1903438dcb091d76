import { and, count, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { lookupReadOf, resolveActor } from "#domains/accounts/index";
import type { Actor } from "#platform/context";
import { events } from "#platform/tables";
import { acceptAllPolicies, actorOf, call, client, eventsOf, type Session, staffMember, worker } from "#test/given";
import { testApp } from "#test/harness";
import { publishInitialPolicies } from "./actions";
import type { PolicyOverview } from "./contract";
import { requirePolicies } from "./index";
import { policyAcceptances, policyVersions } from "./tables";

const t = await testApp();

const overview = async (as: Session | null): Promise<PolicyOverview> => {
  const response = await call(t, as, { method: "GET", url: "/api/v1/policies" });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};
const pendingKinds = async (as: Session) => (await overview(as)).pending.map((p) => p.kind).sort();
const accept = (as: Session | null, versionIds: string[]) =>
  call(t, as, { method: "POST", url: "/api/v1/policies/accept", payload: { versionIds } });
const publish = (as: Session | null, kind: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url: `/api/v1/policies/${kind}/versions`, payload });
const newVersion = { title: "Terms, revised", body: "# Terms\n\nRevised text.", summaryOfChanges: "Clearer wording." };
const versionCount = async () => (await t.db.select({ n: count() }).from(policyVersions))[0]?.n;
const acceptanceCount = async (userId: string) =>
  (await t.db.select({ n: count() }).from(policyAcceptances).where(eq(policyAcceptances.userId, userId)))[0]?.n;

describe("GET /api/v1/policies", () => {
  it("lists the current version of each kind to anyone, with nothing pending when logged out", async () => {
    const body = await overview(null);
    expect(body.items.map((i) => i.kind)).toEqual([
      "terms_of_service",
      "client_guidelines",
      "worker_guidelines",
      "violation_guidelines",
    ]);
    expect(body.items.every((i) => i.appliesToYou === null && i.acceptedAt === null)).toBe(true);
    expect(body.pending).toEqual([]);
  });

  it("tells a client which policies apply to them and which are pending", async () => {
    const casey = await client(t);
    expect(await pendingKinds(casey)).toEqual(["client_guidelines", "terms_of_service", "violation_guidelines"]);
    const body = await overview(casey);
    expect(body.items.find((i) => i.kind === "worker_guidelines")?.appliesToYou).toBe(false);
  });

  it("gives a worker the worker guidelines instead of the client ones", async () => {
    expect(await pendingKinds(await worker(t))).toEqual([
      "terms_of_service",
      "violation_guidelines",
      "worker_guidelines",
    ]);
  });

  it("leaves staff with nothing to accept", async () => {
    expect((await overview(await staffMember(t, "escalations"))).pending).toEqual([]);
  });
});

describe("GET /api/v1/policies/{kind} and /versions/{version}", () => {
  it("shows a policy's current text and its versions, logged out", async () => {
    const response = await call(t, null, { method: "GET", url: "/api/v1/policies/client_guidelines" });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.current.body).toContain("Company Scorecard");
    expect(body.current.body).toContain("60 days");
    expect(body.current.body).toContain("24 hours");
    expect(body.versions.length).toBeGreaterThanOrEqual(1);
  });

  it("answers 404 for a version that does not exist and 400 for an unknown kind", async () => {
    const missing = await call(t, null, { method: "GET", url: "/api/v1/policies/client_guidelines/versions/999" });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().code).toBe("not_found");
    const unknown = await call(t, null, { method: "GET", url: "/api/v1/policies/house_rules" });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().code).toBe("validation_failed");
  });
});

describe("POST /api/v1/policies/accept", () => {
  it("records the time, version and IP, clears the pending list and writes the history once", async () => {
    const casey = await client(t);
    const ids = (await overview(casey)).pending.map((p) => p.versionId);
    const first = await accept(casey, ids);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().pending).toEqual([]);
    const rows = await t.db.select().from(policyAcceptances).where(eq(policyAcceptances.userId, casey.me.id));
    expect(rows).toHaveLength(3);
    expect(rows.every((r) => r.ip && r.acceptedAt instanceof Date)).toBe(true);
    const again = await accept(casey, ids);
    expect(again.statusCode).toBe(200);
    const accepted = (await eventsOf(t, casey.me.id)).filter((e) => e.action === "policy.accepted");
    expect(accepted).toHaveLength(1);
    expect(accepted[0]?.data.versions).toHaveLength(3);
  });

  it("refuses logged-out callers, unknown versions, empty lists and extra fields, writing nothing", async () => {
    const wren = await worker(t);
    const ids = (await overview(wren)).pending.map((p) => p.versionId);
    expect((await accept(null, ids)).statusCode).toBe(401);
    const unknown = await accept(wren, [...ids, "00000000-0000-4000-8000-000000000000"]);
    expect(unknown.statusCode).toBe(404);
    expect((await accept(wren, [])).json().code).toBe("validation_failed");
    const extra = await call(t, wren, {
      method: "POST",
      url: "/api/v1/policies/accept",
      payload: { versionIds: ids, all: true },
    });
    expect(extra.statusCode).toBe(400);
    expect(await acceptanceCount(wren.me.id)).toBe(0);
  });
});

describe("POST /api/v1/policies/{kind}/versions", () => {
  it("publishes a new version that everyone must accept again, refusing the old one", async () => {
    const casey = await client(t);
    await acceptAllPolicies(t, casey);
    const before = (await overview(casey)).items.find((i) => i.kind === "terms_of_service")?.current;
    const admin = await staffMember(t, "admin");
    const published = await publish(admin, "terms_of_service", newVersion);
    expect(published.statusCode, published.body).toBe(201);
    const version = published.json();
    expect(version).toMatchObject({ kind: "terms_of_service", version: (before?.version ?? 0) + 1 });
    expect(version.publishedBy).toEqual({ id: admin.me.id, name: admin.me.name });
    expect((await overview(casey)).pending).toEqual([
      { kind: "terms_of_service", versionId: version.id, version: version.version, title: newVersion.title },
    ]);
    const stale = await accept(casey, [before?.id ?? ""]);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("policy_version_not_current");
    expect((await eventsOf(t, version.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["policy_version.published", admin.me.id],
    ]);
    const detail = await call(t, null, {
      method: "GET",
      url: `/api/v1/policies/terms_of_service/versions/${version.version}`,
    });
    expect(detail.json().previous).toMatchObject({ id: before?.id, version: before?.version });
    expect(detail.json().previous.body).toContain("Terms of Service");
    expect((await accept(casey, [version.id])).json().pending).toEqual([]);
    const after = (await overview(casey)).items.find((i) => i.kind === "terms_of_service");
    expect(after?.lastAcceptedVersion).toBe(version.version);
  });

  it("numbers simultaneous publications one after the other", async () => {
    const admin = await staffMember(t, "admin");
    const results = await Promise.all([1, 2, 3].map(() => publish(admin, "violation_guidelines", newVersion)));
    expect(results.map((r) => r.statusCode)).toEqual([201, 201, 201]);
    const numbers = results.map((r) => r.json().version).sort((a, b) => a - b);
    expect(numbers[2] - numbers[0]).toBe(2);
  });

  it("is for staff admins only; nothing is published otherwise", async () => {
    const before = await versionCount();
    const cases: [Session | null, number][] = [
      [null, 401],
      [await client(t), 403],
      [await worker(t), 403],
      [await staffMember(t, "escalations"), 403],
    ];
    for (const [as, status] of cases) {
      expect((await publish(as, "terms_of_service", newVersion)).statusCode).toBe(status);
    }
    expect(await versionCount()).toBe(before);
  });

  it("validates the version: empty text, extra fields, unknown kind", async () => {
    const admin = await staffMember(t, "admin");
    const before = await versionCount();
    const empty = await publish(admin, "terms_of_service", { ...newVersion, body: "  " });
    expect(empty.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual(["/body/body"]);
    expect((await publish(admin, "terms_of_service", { ...newVersion, draft: true })).statusCode).toBe(400);
    expect((await publish(admin, "privacy", newVersion)).statusCode).toBe(400);
    expect((await publish(admin, "terms_of_service", { title: "x" })).statusCode).toBe(400);
    expect(await versionCount()).toBe(before);
  });
});

describe("requirePolicies", () => {
  it("refuses a user with pending policies, naming them, until they accept", async () => {
    const wren = await worker(t);
    const ctx = t.ctx(actorOf(wren));
    const refusal = await requirePolicies(t.db, ctx).catch((error: unknown) => error);
    expect(refusal).toMatchObject({ code: "policy_acceptance_required", status: 403 });
    const pending = (refusal as { extra: { pending: { kind: string }[] } }).extra.pending;
    expect(pending.map((p) => p.kind).sort()).toEqual([
      "terms_of_service",
      "violation_guidelines",
      "worker_guidelines",
    ]);
    await acceptAllPolicies(t, wren);
    await expect(requirePolicies(t.db, ctx)).resolves.toBeUndefined();
  });

  it("asks again after a new version is published, and never asks staff or the system", async () => {
    const casey = await client(t);
    await acceptAllPolicies(t, casey);
    await expect(requirePolicies(t.db, t.ctx(actorOf(casey)))).resolves.toBeUndefined();
    expect((await publish(await staffMember(t), "client_guidelines", newVersion)).statusCode).toBe(201);
    await expect(requirePolicies(t.db, t.ctx(actorOf(casey)))).rejects.toMatchObject({
      code: "policy_acceptance_required",
      extra: { pending: [expect.objectContaining({ kind: "client_guidelines" })] },
    });
    await expect(requirePolicies(t.db, t.ctx(actorOf(await staffMember(t, "escalations"))))).resolves.toBeUndefined();
    await expect(requirePolicies(t.db, t.ctx())).resolves.toBeUndefined();
  });
});

describe("requirePolicies with the read the credential lookup carried (issue 10)", () => {
  /** The actor a write request resolves: its lookup reads the unaccepted versions in the same statement. */
  const asWriteRequest = async (session: Session) => {
    const actor = await resolveActor(
      t.db,
      { sessionToken: session.cookie.split("=")[1] ?? null, bearerToken: null },
      new Date(),
      {
        standing: true,
      },
    );
    if (actor === "invalid" || actor.kind !== "user") {
      throw new Error("the session did not resolve");
    }
    expect(lookupReadOf(actor, "policies")).toBeDefined();
    return actor;
  };
  const outcome = (actor: Actor) => requirePolicies(t.db, { actor, db: t.db }).catch((error: unknown) => error);

  it("refuses and names the same versions as the read on its own, for a worker and after a new client version", async () => {
    const wren = await worker(t);
    const casey = await client(t);
    await acceptAllPolicies(t, casey);
    expect((await publish(await staffMember(t), "client_guidelines", newVersion)).statusCode).toBe(201);
    for (const session of [wren, casey]) {
      const carried = await outcome(await asWriteRequest(session));
      expect(carried).toMatchObject({ code: "policy_acceptance_required" });
      const alone = await outcome(actorOf(session));
      expect((carried as { extra: unknown }).extra).toEqual((alone as { extra: unknown }).extra);
      expect((carried as Error).message).toBe((alone as Error).message);
    }
    await acceptAllPolicies(t, wren);
    await acceptAllPolicies(t, casey);
    expect(await outcome(await asWriteRequest(wren))).toBeUndefined();
    expect(await outcome(await asWriteRequest(casey))).toBeUndefined();
  });
});

describe("publishing the first versions at start-up", () => {
  it("does nothing when they exist, even from several processes at once", async () => {
    const published = () =>
      t.db
        .select({ n: count() })
        .from(events)
        .where(and(eq(events.action, "policy_version.published"), eq(events.actorKind, "system")));
    const before = await published();
    await Promise.all([publishInitialPolicies(t.ctx()), publishInitialPolicies(t.ctx())]);
    expect(await published()).toEqual(before);
    expect(before[0]?.n).toBe(4);
  });
});
