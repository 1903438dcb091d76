import { describe, expect, it } from "vitest";
import {
  call,
  client,
  eventsOf,
  lastMailTo,
  PASSWORD,
  type Session,
  sessionFrom,
  tokenFrom,
  uniqueEmail,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const NEW_PASSWORD = "another long passphrase";

function logIn(email: string, password: string) {
  return t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
}

function changePassword(as: Session | null, currentPassword: string, newPassword = NEW_PASSWORD) {
  return call(t, as, { method: "POST", url: "/api/v1/me/password", payload: { currentPassword, newPassword } });
}

describe("POST /api/v1/me/password", () => {
  it("ends every other session but keeps the current one, and records the change", async () => {
    const email = uniqueEmail();
    const current = await client(t, { email });
    const laptop = sessionFrom(await logIn(email, PASSWORD));
    const phone = sessionFrom(await logIn(email, PASSWORD));

    const response = await changePassword(current, PASSWORD);
    expect(response.statusCode, response.body).toBe(200);
    expect((await call(t, current, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    for (const other of [laptop, phone]) {
      expect((await call(t, other, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    }
    expect((await logIn(email, PASSWORD)).statusCode).toBe(401);
    expect((await logIn(email, NEW_PASSWORD)).statusCode).toBe(200);
    const changes = (await eventsOf(t, current.me.id)).filter((e) => e.action === "user.password_changed");
    expect(changes).toEqual([expect.objectContaining({ actorId: current.me.id })]);
  });

  it("refuses a wrong current password with 400 on that field and changes nothing", async () => {
    const email = uniqueEmail();
    const current = await client(t, { email });
    const other = sessionFrom(await logIn(email, PASSWORD));
    const response = await changePassword(current, "not my password");
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([expect.objectContaining({ pointer: "/body/currentPassword" })]);
    expect((await call(t, other, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    expect((await logIn(email, PASSWORD)).statusCode).toBe(200);
  });

  it("keeps API keys unless asked, and revokes them all when asked; an older reset link dies either way", async () => {
    const email = uniqueEmail();
    const casey = await client(t, { email });
    const key = async () =>
      (await call(t, casey, { method: "POST", url: "/api/v1/api-keys", payload: { name: "deploy" } })).json().token;
    const asKey = (token: string) =>
      t.inject({ method: "GET", url: "/api/v1/me", headers: { authorization: `Bearer ${token}` } });
    const kept = await key();
    expect(await t.inject({ method: "POST", url: "/api/v1/auth/password-reset", payload: { email } })).toHaveProperty(
      "statusCode",
      202,
    );
    await t.runJobs();
    const resetLink = tokenFrom((await lastMailTo(t, email)).text);

    const plain = await changePassword(casey, PASSWORD);
    expect(plain.json()).toEqual({ ok: true, sessionsEnded: 0, apiKeysRevoked: 0 });
    expect((await asKey(kept)).statusCode).toBe(200);
    const stale = await t.inject({
      method: "POST",
      url: "/api/v1/auth/password-reset/confirm",
      payload: { token: resetLink, password: "the attacker's passphrase" },
    });
    expect(stale.statusCode).toBe(410);

    const second = await key();
    const revoking = await call(t, casey, {
      method: "POST",
      url: "/api/v1/me/password",
      payload: { currentPassword: NEW_PASSWORD, newPassword: "a third long passphrase", revokeApiKeys: true },
    });
    expect(revoking.statusCode, revoking.body).toBe(200);
    expect(revoking.json()).toEqual({ ok: true, sessionsEnded: 0, apiKeysRevoked: 2 });
    for (const token of [kept, second]) {
      expect((await asKey(token)).statusCode).toBe(401);
    }
    expect((await call(t, casey, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);
    const changes = (await eventsOf(t, casey.me.id)).filter((e) => e.action === "user.password_changed");
    expect(changes.map((e) => e.data)).toEqual([
      { sessionsEnded: 0, apiKeysRevoked: 0, resetLinksVoided: 1 },
      { sessionsEnded: 0, apiKeysRevoked: 2, resetLinksVoided: 0 },
    ]);
  });

  it("refuses a logged-out caller with 401", async () => {
    expect((await changePassword(null, PASSWORD)).statusCode).toBe(401);
  });
});

describe("PATCH /api/v1/me", () => {
  it("renames the account and records before and after", async () => {
    const casey = await client(t, { name: "Casey Old" });
    const response = await call(t, casey, { method: "PATCH", url: "/api/v1/me", payload: { name: "Casey New" } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ name: "Casey New", company: { role: "admin" } });
    expect((await call(t, casey, { method: "GET", url: "/api/v1/me" })).json().name).toBe("Casey New");
    expect((await eventsOf(t, casey.me.id)).at(-1)).toMatchObject({
      action: "user.updated",
      data: { before: { name: "Casey Old" }, after: { name: "Casey New" } },
    });
  });
});
