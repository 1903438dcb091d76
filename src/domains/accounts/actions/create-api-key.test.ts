import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { SESSION_COOKIE } from "#platform/http/auth";
import { call, client, eventsOf, type Session, worker } from "#test/given";
import { testApp } from "#test/harness";
import { apiKeys } from "../tables";

const t = await testApp();
const DAY = 86_400_000;

async function createKey(as: Session, body: Record<string, unknown> = { name: "CI export" }, key?: string) {
  return call(t, as, {
    method: "POST",
    url: "/api/v1/api-keys",
    payload: body,
    headers: key ? { "idempotency-key": key } : {},
  });
}

function bearer(token: string, url = "/api/v1/me") {
  return t.inject({ method: "GET", url, headers: { authorization: `Bearer ${token}` } });
}

describe("POST /api/v1/api-keys", () => {
  it("shows the token once; the list shows its prefix and never the token; the hash is stored", async () => {
    const casey = await client(t);
    const created = await createKey(casey);
    expect(created.statusCode, created.body).toBe(201);
    const { apiKey, token } = created.json();
    expect(token).toMatch(/^wl_[\w-]{43}$/);
    expect(apiKey).toMatchObject({ name: "CI export", prefix: token.slice(0, 10), revokedAt: null, expiresAt: null });

    const list = await call(t, casey, { method: "GET", url: "/api/v1/api-keys" });
    expect(list.statusCode).toBe(200);
    expect(list.json().items).toEqual([expect.objectContaining({ id: apiKey.id, prefix: token.slice(0, 10) })]);
    expect(list.body).not.toContain(token);

    const [stored] = await t.db.select().from(apiKeys).where(eq(apiKeys.id, apiKey.id));
    expect(stored?.tokenHash).not.toContain(token);
    expect((await eventsOf(t, apiKey.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["api_key.created", casey.me.id],
    ]);
  });

  it("authenticates GET /me as its owner with Authorization: Bearer and records its use", async () => {
    const casey = await client(t);
    const { apiKey, token } = (await createKey(casey)).json();
    const me = await bearer(token);
    expect(me.statusCode, me.body).toBe(200);
    expect(me.json()).toMatchObject({ id: casey.me.id, company: { role: "admin" } });
    const list = await call(t, casey, { method: "GET", url: "/api/v1/api-keys" });
    expect(list.json().items[0]).toMatchObject({ id: apiKey.id, lastUsedAt: expect.any(String) });
  });

  it("refuses a made-up key with 401 that speaks of the key, not of a session", async () => {
    const me = await bearer(`wl_${"A".repeat(43)}`);
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe("unauthenticated");
    expect(me.json().detail).toMatch(/^This API key is not valid/);
    expect(me.json().detail).not.toContain("session");
    const session = await bearer(`wl_${"A".repeat(43)}`, "/api/v1/auth/session");
    expect(session.statusCode).toBe(401);
  });

  it("tells a browser with no session who is there without a failed request (GET /auth/session)", async () => {
    const nobody = await call(t, null, { method: "GET", url: "/api/v1/auth/session" });
    expect(nobody.statusCode).toBe(200);
    expect(nobody.json()).toEqual({ me: null });
    const expired = await t.inject({ method: "GET", url: "/api/v1/auth/session", cookies: { [SESSION_COOKIE]: "x" } });
    expect(expired.json()).toEqual({ me: null });
    const casey = await client(t);
    const me = await call(t, casey, { method: "GET", url: "/api/v1/auth/session" });
    expect(me.json().me).toMatchObject({ id: casey.me.id, email: casey.me.email });
  });

  it("stops working once revoked (401), and revoking again is harmless", async () => {
    const wren = await worker(t);
    const { apiKey, token } = (await createKey(wren)).json();
    const revoked = await call(t, wren, { method: "POST", url: `/api/v1/api-keys/${apiKey.id}/revoke` });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().revokedAt).toEqual(expect.any(String));
    const me = await bearer(token);
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe("unauthenticated");
    const again = await call(t, wren, { method: "POST", url: `/api/v1/api-keys/${apiKey.id}/revoke` });
    expect(again.statusCode).toBe(200);
    expect(again.json().revokedAt).toBe(revoked.json().revokedAt);
    expect((await eventsOf(t, apiKey.id)).map((e) => e.action)).toEqual(["api_key.created", "api_key.revoked"]);
  });

  it("stops working after it expires (401)", async () => {
    const wren = await worker(t);
    const created = await createKey(wren, { name: "Short-lived", expiresInDays: 1 });
    const { apiKey, token } = created.json();
    expect(Date.parse(apiKey.expiresAt) - t.clock.now().getTime()).toBeGreaterThan(DAY - 60_000);
    expect((await bearer(token)).statusCode).toBe(200);
    t.clock.advance(DAY + 60_000);
    const me = await bearer(token);
    expect(me.statusCode).toBe(401);
  });

  it("cannot be revoked by another user (404) and keeps working", async () => {
    const owner = await client(t);
    const other = await client(t);
    const { apiKey, token } = (await createKey(owner)).json();
    const response = await call(t, other, { method: "POST", url: `/api/v1/api-keys/${apiKey.id}/revoke` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("not_found");
    expect((await bearer(token)).statusCode).toBe(200);
    const theirs = await call(t, other, { method: "GET", url: "/api/v1/api-keys" });
    expect(theirs.json().items).toEqual([]);
  });

  it("refuses a logged-out caller with 401", async () => {
    const response = await t.inject({ method: "POST", url: "/api/v1/api-keys", payload: { name: "Nobody" } });
    expect(response.statusCode).toBe(401);
  });

  it("replays the first response (the same token) for the same Idempotency-Key and body", async () => {
    const casey = await client(t);
    const first = await createKey(casey, { name: "Retry-safe" }, "key-create-1");
    const second = await createKey(casey, { name: "Retry-safe" }, "key-create-1");
    expect(first.statusCode).toBe(201);
    expect(second.statusCode).toBe(201);
    expect(second.headers["idempotent-replayed"]).toBe("true");
    expect(second.json()).toEqual(first.json());
    const list = await call(t, casey, { method: "GET", url: "/api/v1/api-keys" });
    expect(list.json().items).toHaveLength(1);
  });

  it("refuses the same Idempotency-Key with another body: 422 idempotency_key_reused", async () => {
    const casey = await client(t);
    expect((await createKey(casey, { name: "One" }, "key-create-2")).statusCode).toBe(201);
    const reused = await createKey(casey, { name: "Two" }, "key-create-2");
    expect(reused.statusCode).toBe(422);
    expect(reused.json().code).toBe("idempotency_key_reused");
    const list = await call(t, casey, { method: "GET", url: "/api/v1/api-keys" });
    expect(list.json().items.map((k: { name: string }) => k.name)).toEqual(["One"]);
  });

  it("scopes Idempotency-Keys per user: another user's same key creates their own", async () => {
    const a = await client(t);
    const b = await client(t);
    const first = await createKey(a, { name: "Shared name" }, "key-create-3");
    const second = await createKey(b, { name: "Shared name" }, "key-create-3");
    expect(second.statusCode).toBe(201);
    expect(second.headers["idempotent-replayed"]).toBeUndefined();
    expect(second.json().token).not.toBe(first.json().token);
  });
});
