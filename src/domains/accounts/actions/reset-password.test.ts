import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import { call, eventsOf, lastMailTo, PASSWORD, sessionFrom, tokenFrom, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const NEW_PASSWORD = "a brand new passphrase";

function requestReset(email: string) {
  return t.inject({ method: "POST", url: "/api/v1/auth/password-reset", payload: { email } });
}

function confirm(token: string, password = NEW_PASSWORD) {
  return t.inject({ method: "POST", url: "/api/v1/auth/password-reset/confirm", payload: { token, password } });
}

function logIn(email: string, password: string) {
  return t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password } });
}

async function resetToken(email: string) {
  const response = await requestReset(email);
  expect(response.statusCode).toBe(202);
  await t.runJobs();
  return tokenFrom((await lastMailTo(t, email)).text);
}

describe("POST /api/v1/auth/password-reset", () => {
  it("answers 202 and emails a one-time link through the outbox", async () => {
    const wren = await worker(t);
    const response = await requestReset(wren.me.email.toUpperCase());
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ok: true });
    await t.runJobs();
    const mail = await lastMailTo(t, wren.me.email);
    expect(mail.subject).toBe("Reset your Worklane password");
    expect(mail.text).toContain("http://localhost:3000/reset-password?token=");
    await t.runJobs();
    const [sent] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, mail.id));
    expect(sent?.status).toBe("sent");
    expect((await eventsOf(t, wren.me.id)).map((e) => e.action)).toContain("user.password_reset_requested");
  });

  it("answers an unknown email the same way and mails nothing", async () => {
    const email = uniqueEmail("nobody");
    const response = await requestReset(email);
    expect(response.statusCode).toBe(202);
    expect(response.json()).toEqual({ ok: true });
    await t.runJobs();
    await expect(lastMailTo(t, email)).rejects.toThrow(/no email/);
  });
});

describe("POST /api/v1/auth/password-reset/confirm", () => {
  it("sets the new password once, ends every session, and the new password logs in", async () => {
    const wren = await worker(t);
    const other = sessionFrom(await logIn(wren.me.email, PASSWORD));
    const token = await resetToken(wren.me.email);

    const done = await confirm(token);
    expect(done.statusCode, done.body).toBe(200);
    for (const session of [wren, other]) {
      expect((await call(t, session, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    }
    expect((await logIn(wren.me.email, PASSWORD)).statusCode).toBe(401);
    const fresh = await logIn(wren.me.email, NEW_PASSWORD);
    expect(fresh.statusCode).toBe(200);
    expect((await call(t, sessionFrom(fresh), { method: "GET", url: "/api/v1/me" })).statusCode).toBe(200);

    const reused = await confirm(token, "yet another passphrase");
    expect(reused.statusCode).toBe(410);
    expect(reused.json().code).toBe("token_invalid");
    expect((await logIn(wren.me.email, NEW_PASSWORD)).statusCode).toBe(200);
    const resets = (await eventsOf(t, wren.me.id)).filter((e) => e.action === "user.password_reset");
    expect(resets).toEqual([expect.objectContaining({ actorKind: "user", actorId: wren.me.id })]);
  });

  it("refuses a link older than an hour with 410 and keeps the old password", async () => {
    const wren = await worker(t);
    const token = await resetToken(wren.me.email);
    t.clock.advance(61 * 60_000);
    const late = await confirm(token);
    expect(late.statusCode).toBe(410);
    expect(late.json().code).toBe("token_invalid");
    expect((await logIn(wren.me.email, PASSWORD)).statusCode).toBe(200);
  });

  it("refuses a token nobody issued with 410", async () => {
    const response = await confirm("z".repeat(43));
    expect(response.statusCode).toBe(410);
  });

  it("checks the new password like sign-up does", async () => {
    const wren = await worker(t);
    const token = await resetToken(wren.me.email);
    const weak = await confirm(token, "short");
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toEqual([expect.objectContaining({ pointer: "/body/password" })]);
    expect((await confirm(token)).statusCode).toBe(200);
  });

  it("cuts off every other way in: older reset links, sessions and API keys (issue 7)", async () => {
    const wren = await worker(t);
    const createKey = (name: string) => call(t, wren, { method: "POST", url: "/api/v1/api-keys", payload: { name } });
    const tokens = [(await (await createKey("ci")).json()).token, (await (await createKey("bot")).json()).token];
    const older = await resetToken(wren.me.email);
    const newer = await resetToken(wren.me.email);
    const mail = await lastMailTo(t, wren.me.email);
    expect(mail.text).toContain("revokes");
    expect(mail.text).toContain("http://localhost:3000/settings/api-keys");

    const done = await confirm(newer);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ ok: true, sessionsEnded: 1, apiKeysRevoked: 2 });

    const oldLink = await confirm(older, "the attacker's passphrase");
    expect(oldLink.statusCode).toBe(410);
    expect(oldLink.json().code).toBe("token_invalid");
    for (const token of tokens) {
      const withKey = await t.inject({
        method: "GET",
        url: "/api/v1/me",
        headers: { authorization: `Bearer ${token}` },
      });
      expect(withKey.statusCode).toBe(401);
    }
    expect((await call(t, wren, { method: "GET", url: "/api/v1/me" })).statusCode).toBe(401);
    expect((await logIn(wren.me.email, NEW_PASSWORD)).statusCode).toBe(200);
    const [event] = (await eventsOf(t, wren.me.id)).filter((e) => e.action === "user.password_reset");
    expect(event?.data).toEqual({ sessionsEnded: 1, apiKeysRevoked: 2, resetLinksVoided: 1 });
  });
});
