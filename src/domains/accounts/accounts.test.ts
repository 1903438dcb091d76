import { describe, expect, it } from "vitest";
import { call, client, eventsOf, lastMailTo, PASSWORD, sessionFrom, uniqueEmail, worker } from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

describe("POST /api/v1/auth/signup", () => {
  it("creates a client, its company and an admin membership, and logs them in", async () => {
    const casey = await client(t, { companyName: "Northwind Field Services" });
    expect(casey.me.accountType).toBe("client");
    expect(casey.me.company).toMatchObject({ name: "Northwind Field Services", role: "admin" });
    const me = await call(t, casey, { method: "GET", url: "/api/v1/me" });
    expect(me.statusCode).toBe(200);
    expect(me.json().email).toBe(casey.me.email);
    expect((await eventsOf(t, casey.me.id)).map((e) => [e.action, e.actorId])).toEqual([
      ["user.signed_up", casey.me.id],
      ["user.logged_in", casey.me.id],
    ]);
    const companyId = casey.me.company?.id ?? "";
    expect(await eventsOf(t, companyId)).toEqual([
      expect.objectContaining({
        action: "company.created",
        actorId: casey.me.id,
        data: expect.objectContaining({ admin: casey.me.id }),
      }),
    ]);
  });

  it("creates a worker without a company", async () => {
    const wren = await worker(t);
    expect(wren.me).toMatchObject({ accountType: "worker", company: null });
  });

  it("answers a taken email exactly like a new one, emails the owner instead and changes nothing", async () => {
    const email = uniqueEmail();
    const owner = await worker(t, { email });
    const body = (to: string) => ({
      email: to,
      password: "the stranger's password",
      name: "Copy",
      accountType: "worker",
    });
    const signUp = (to: string) => t.inject({ method: "POST", url: "/api/v1/auth/signup", payload: body(to) });
    const taken = await signUp(email.toUpperCase());
    const fresh = await signUp(uniqueEmail());
    expect([taken.statusCode, taken.json()]).toEqual([fresh.statusCode, fresh.json()]);
    expect(taken.statusCode).toBe(202);
    expect(taken.cookies).toEqual(fresh.cookies);
    expect(Object.keys(taken.headers).sort()).toEqual(Object.keys(fresh.headers).sort());
    const note = await lastMailTo(t, email);
    expect(note.subject).toBe("Someone tried to sign up with your email address");
    expect(note.text).toContain("http://localhost:3000/forgot-password");
    expect((await eventsOf(t, owner.me.id)).map((e) => e.action)).toContain("user.signup_attempted");
    const stranger = { email, password: "the stranger's password" };
    expect((await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: stranger })).statusCode).toBe(401);
    expect((await call(t, owner, { method: "GET", url: "/api/v1/me" })).json().name).toBe("Wren Worker");
  });

  it("reports every invalid field with a JSON pointer", async () => {
    const response = await t.inject({
      method: "POST",
      url: "/api/v1/auth/signup",
      payload: { email: "nope", password: "short", name: "", accountType: "client" },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    const body = response.json();
    expect(body.code).toBe("validation_failed");
    const pointers = body.errors.map((e: { pointer: string }) => e.pointer).sort();
    expect(pointers).toEqual(["/body/companyName", "/body/email", "/body/name", "/body/password"]);
    expect(body.errors.find((e: { pointer: string }) => e.pointer === "/body/companyName").message).toBe(
      "Give your company's name.",
    );
  });

  it("says which account types exist and that a worker brings no company", async () => {
    const base = { email: uniqueEmail(), password: PASSWORD, name: "Sam Reyes" };
    const signUp = (payload: object) => t.inject({ method: "POST", url: "/api/v1/auth/signup", payload });
    const staff = await signUp({ ...base, accountType: "staff" });
    expect([staff.statusCode, staff.json().errors[0]]).toEqual([
      400,
      expect.objectContaining({ pointer: "/body/accountType", message: "Choose client or worker." }),
    ]);
    const workerWithCompany = await signUp({ ...base, accountType: "worker", companyName: "Reyes LLC" });
    expect(workerWithCompany.statusCode).toBe(400);
    expect(JSON.stringify(workerWithCompany.json().errors)).toContain("companyName");
  });
});

describe("log in and out", () => {
  it("logs in with the right password and out again, after which the cookie no longer works", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    const login = await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } });
    expect(login.statusCode).toBe(200);
    const session = sessionFrom(login);
    const out = await call(t, session, { method: "POST", url: "/api/v1/auth/logout" });
    expect(out.statusCode).toBe(200);
    const me = await call(t, session, { method: "GET", url: "/api/v1/me" });
    expect(me.statusCode).toBe(401);
    expect(me.json().code).toBe("unauthenticated");
  });

  it("answers a wrong password and an unknown email the same way", async () => {
    const email = uniqueEmail();
    await worker(t, { email });
    const wrong = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email, password: "wrong password!" },
    });
    const unknown = await t.inject({
      method: "POST",
      url: "/api/v1/auth/login",
      payload: { email: uniqueEmail(), password: "wrong password!" },
    });
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);
  });
});
