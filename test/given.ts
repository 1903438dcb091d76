import { randomBytes } from "node:crypto";
import { asc, desc, eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { expect } from "vitest";
import type { CompanyRole, Me, StaffRole } from "#domains/accounts/contract";
import { createStaff } from "#domains/accounts/index";
import type { Actor } from "#platform/context";
import { events, mailOutbox } from "#platform/tables";
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

/** The newest email queued for `to` in the platform outbox. */
export async function lastMailTo(t: TestApp, to: string): Promise<typeof mailOutbox.$inferSelect> {
  const [mail] = await t.db
    .select()
    .from(mailOutbox)
    .where(eq(mailOutbox.to, to.toLowerCase()))
    .orderBy(desc(mailOutbox.createdAt))
    .limit(1);
  if (!mail) {
    throw new Error(`no email was queued for ${to}`);
  }
  return mail;
}

/** The `token` parameter of the link in an email (invitations, password resets). */
export function tokenFrom(text: string): string {
  const token = /[?&]token=([\w-]+)/.exec(text)?.[1];
  if (!token) {
    throw new Error(`no token link in: ${text}`);
  }
  return token;
}

/** Invites a teammate into the admin's company with `role`, accepts through the emailed link: their session. */
export async function teammate(
  t: TestApp,
  admin: Session,
  role: CompanyRole,
  overrides: { email?: string; name?: string } = {},
): Promise<Session> {
  const email = overrides.email ?? uniqueEmail(role);
  const invited = await call(t, admin, { method: "POST", url: "/api/v1/invitations", payload: { email, role } });
  expect(invited.statusCode, invited.body).toBe(201);
  const token = tokenFrom((await lastMailTo(t, email)).text);
  const accepted = await t.inject({
    method: "POST",
    url: "/api/v1/invitations/accept",
    payload: { token, name: overrides.name ?? `Tess ${role}`, password: PASSWORD },
  });
  expect(accepted.statusCode, accepted.body).toBe(201);
  return sessionFrom(accepted);
}

/** The history of one record: its event actions, oldest first. */
export async function eventsOf(t: TestApp, subjectId: string): Promise<(typeof events.$inferSelect)[]> {
  return t.db.select().from(events).where(eq(events.subjectId, subjectId)).orderBy(asc(events.seq));
}

/** A platform staff member, created as `worklane staff create` does, then logged in. */
export async function staffMember(t: TestApp, role: StaffRole = "admin"): Promise<Session> {
  const email = uniqueEmail(`staff-${role}`);
  await createStaff(t.ctx(), { email, name: `Sam ${role}`, password: PASSWORD, role });
  const login = await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } });
  expect(login.statusCode, login.body).toBe(200);
  return sessionFrom(login);
}

/** Accepts every policy version still pending for this session (needed before posting or taking assignments). */
export async function acceptAllPolicies(t: TestApp, as: Session): Promise<void> {
  const overview = await call(t, as, { method: "GET", url: "/api/v1/policies" });
  const pending: { versionId: string }[] = overview.json().pending;
  if (pending.length > 0) {
    const accepted = await call(t, as, {
      method: "POST",
      url: "/api/v1/policies/accept",
      payload: { versionIds: pending.map((p) => p.versionId) },
    });
    expect(accepted.statusCode, accepted.body).toBe(200);
  }
}

/** The actor a session resolves to, for calling domain functions directly through `t.ctx(actorOf(session))`. */
export function actorOf(as: Session): Actor {
  return {
    kind: "user",
    userId: as.me.id,
    accountType: as.me.accountType,
    companyId: as.me.company?.id ?? null,
    companyRole: as.me.company?.role ?? null,
    staffRole: as.me.staffRole,
    sessionId: null,
    apiKeyId: null,
  };
}
