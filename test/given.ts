import { randomBytes } from "node:crypto";
import type { InjectOptions } from "fastify";
import { expect } from "vitest";
import type { Me } from "#domains/accounts/contract";
import type { TestApp } from "./harness";

export const PASSWORD = "correct horse battery staple";

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${randomBytes(6).toString("hex")}@example.test`;
}

/** A logged-in party: its session cookie and how it looks to /me. */
export interface Session {
  me: Me;
  cookie: string;
  headers: Record<string, string>;
}

export function sessionFrom(response: { cookies: { name: string; value: string }[]; json: () => unknown }): Session {
  const cookie = response.cookies.find((c) => c.name === "wl_session");
  expect(cookie, "a session cookie is set").toBeDefined();
  const value = `wl_session=${cookie?.value}`;
  return { me: response.json() as Me, cookie: value, headers: { cookie: value } };
}

export async function signUp(t: TestApp, body: Record<string, unknown>): Promise<Session> {
  const response = await t.inject({ method: "POST", url: "/api/v1/auth/signup", payload: body });
  expect(response.statusCode, response.body).toBe(201);
  return sessionFrom(response);
}

export function client(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  return signUp(t, {
    email: uniqueEmail("client"),
    password: PASSWORD,
    name: "Casey Client",
    accountType: "client",
    companyName: `Acme ${randomBytes(3).toString("hex")}`,
    ...overrides,
  });
}

export function worker(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  return signUp(t, {
    email: uniqueEmail("worker"),
    password: PASSWORD,
    name: "Wren Worker",
    accountType: "worker",
    ...overrides,
  });
}

/** Sends a request as a session (or logged out when `as` is null). */
export function call(t: TestApp, as: Session | null, options: InjectOptions) {
  return t.inject({ ...options, headers: { ...(as?.headers ?? {}), ...(options.headers ?? {}) } });
}
