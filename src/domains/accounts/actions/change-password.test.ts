import { describe, expect, it } from "vitest";
import { call, client, eventsOf, PASSWORD, type Session, sessionFrom, uniqueEmail } from "#test/given";
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
