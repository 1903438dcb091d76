import { randomBytes } from "node:crypto";
import { asc, desc, eq } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { expect } from "vitest";
import type { CompanyRole, Me, StaffRole } from "#domains/accounts/contract";
import { createStaff } from "#domains/accounts/index";
import { users } from "#domains/accounts/tables";
import type { InvoiceView } from "#domains/payments/views";
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

/**
 * Signs up through the API (202, no session), then logs in as a person would. The address counts as verified, as if
 * the emailed link had been opened (most tests send, accept or apply); `{ verified: false }` leaves it unverified.
 */
export async function signUp(
  t: TestApp,
  body: Record<string, unknown>,
  options: { verified?: boolean } = {},
): Promise<Session> {
  // Each sign-up from its own address: a file making dozens of accounts stays under the per-source sign-up limit.
  const remoteAddress = `10.${[...randomBytes(3)].join(".")}`;
  const response = await t.inject({ method: "POST", url: "/api/v1/auth/signup", payload: body, remoteAddress });
  expect(response.statusCode, response.body).toBe(202);
  const email = String(body.email).toLowerCase();
  if (options.verified !== false) {
    await t.db.update(users).set({ emailVerifiedAt: t.clock.now() }).where(eq(users.email, email));
  }
  const login = await t.inject({
    method: "POST",
    url: "/api/v1/auth/login",
    payload: { email, password: body.password },
    remoteAddress,
  });
  expect(login.statusCode, login.body).toBe(200);
  return sessionFrom(login);
}

/** A worker who signed up and has not opened the verification link yet. */
export function unverifiedWorker(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  const body = { email: uniqueEmail("worker"), password: PASSWORD, name: "Uma Unverified", accountType: "worker" };
  return signUp(t, { ...body, ...overrides }, { verified: false });
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

/* ---- Assignments (issue 3): fixtures built through the real API ---- */

const HOUR = 3_600_000;

/** A complete on-site assignment body; `startsIn` hours from the test clock's now. */
export function assignmentBody(t: TestApp, overrides: Record<string, unknown> = {}, startsIn = 72) {
  const start = t.clock.now().getTime() + startsIn * HOUR;
  return {
    title: "Install two POS terminals at the Austin store",
    description:
      "Unbox and mount two point-of-sale terminals at the front counter, connect them to the store network, run the vendor's test transaction on each, and photograph the finished counter. Bring a drill and cable ties.",
    industry: "Point of Sale",
    skills: ["POS installation", "Networking"],
    instructions: "Ask for Dana at the loading dock; the door code is 4411.",
    locationType: "onsite",
    location: {
      address: "500 Congress Ave",
      city: "Austin",
      region: "TX",
      postalCode: "78701",
      country: "US",
      latitude: 30.2672,
      longitude: -97.7431,
    },
    onsiteContact: { name: "Dana Lopez", phone: "+1 512 555 0100", email: null },
    timeZone: "America/Chicago",
    schedule: {
      type: "fixed",
      startsAt: new Date(start).toISOString(),
      endsAt: new Date(start + 4 * HOUR).toISOString(),
    },
    pricing: { type: "hourly", rate: 5_000, maxHours: 5 },
    currency: "USD",
    ...overrides,
  };
}

/** A client company admin who has accepted the policies, ready to post. */
export async function postingClient(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  const session = await client(t, overrides);
  await acceptAllPolicies(t, session);
  return session;
}

/** A worker who has accepted the policies, ready to take work. */
export async function readyWorker(t: TestApp, overrides: Record<string, unknown> = {}): Promise<Session> {
  const session = await worker(t, overrides);
  await acceptAllPolicies(t, session);
  return session;
}

export type AssignmentJson = Record<string, unknown> & {
  id: string;
  status: string;
  actions: string[];
  version: number;
};

/** POST /assignments as `as`: the draft's view. */
export async function draftAssignment(
  t: TestApp,
  as: Session,
  overrides: Record<string, unknown> = {},
  startsIn = 72,
): Promise<AssignmentJson> {
  const created = await call(t, as, {
    method: "POST",
    url: "/api/v1/assignments",
    payload: assignmentBody(t, overrides, startsIn),
  });
  expect(created.statusCode, created.body).toBe(201);
  return created.json();
}

/** POST /assignments/{id}/<action> as `as`, expecting `status` (200 by default): the response body. */
export async function act(
  t: TestApp,
  as: Session | null,
  id: string,
  action: string,
  payload?: Record<string, unknown>,
  status = 200,
): Promise<AssignmentJson> {
  const response = await call(t, as, { method: "POST", url: `/api/v1/assignments/${id}/${action}`, payload });
  expect(response.statusCode, `${action}: ${response.body}`).toBe(status);
  return response.json();
}

/** A draft sent to the given workers (first to accept unless the overrides say otherwise). */
export async function sentAssignment(
  t: TestApp,
  as: Session,
  workers: Session[],
  overrides: Record<string, unknown> = {},
  startsIn = 72,
): Promise<AssignmentJson> {
  const draft = await draftAssignment(t, as, overrides, startsIn);
  return act(t, as, draft.id, "send", { workerIds: workers.map((w) => w.me.id) });
}

/** A client, a worker and an assignment the worker accepted, starting `startsIn` hours from now. */
export async function assignedAssignment(
  t: TestApp,
  options: { startsIn?: number; overrides?: Record<string, unknown> } = {},
) {
  const owner = await postingClient(t);
  const assignee = await readyWorker(t);
  const sent = await sentAssignment(t, owner, [assignee], options.overrides, options.startsIn ?? 72);
  const assignment = await act(t, assignee, sent.id, "accept");
  return { owner, assignee, assignment };
}

/**
 * An assignment worked for 2 hours at 50.00 and approved, with the invoice approval opened (the job run): the worker
 * earns 100.00 and the invoice is 110.00 with the 10 % fee, due after the payment terms (15 days unless overridden).
 */
export async function invoicedAssignment(t: TestApp, overrides: Record<string, unknown> = { paymentTermsDays: 15 }) {
  const { owner, assignee, assignment } = await assignedAssignment(t, { overrides });
  await act(t, assignee, assignment.id, "check-in", {});
  await act(t, assignee, assignment.id, "submit", { hours: 2 });
  await act(t, owner, assignment.id, "approve");
  await t.runJobs();
  const listed = await call(t, owner, { method: "GET", url: `/api/v1/invoices?assignmentId=${assignment.id}` });
  if (listed.statusCode !== 200 || listed.json().items.length !== 1) {
    throw new Error(`approval opened no invoice: ${listed.statusCode} ${listed.body}`);
  }
  return { owner, assignee, assignment, invoice: listed.json().items[0] as InvoiceView };
}

/** A multipart/form-data body with one file part named `file`, as a browser's FormData sends it. */
export function multipartFile(file: Buffer, name: string, type: string, field = "file") {
  const boundary = `----worklane${randomBytes(8).toString("hex")}`;
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="${field}"; filename="${name}"\r\nContent-Type: ${type}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), file, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
  };
}

/** A few bytes that are a PNG by their signature, for uploads. */
export const PNG_BYTES = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  randomBytes(64),
]);

/** A verified payout account for a worker (the sandbox's documented deposits 32 and 45): payouts need one. */
export async function verifiedPayoutAccount(t: TestApp, as: Session): Promise<string> {
  const added = await call(t, as, {
    method: "POST",
    url: "/api/v1/payouts/accounts",
    payload: { holderName: "Test Holder", routingNumber: "110000000", accountNumber: "000123456789" },
  });
  if (added.statusCode !== 201) {
    throw new Error(`adding a payout account answered ${added.statusCode}: ${added.body}`);
  }
  const id = (added.json() as { id: string }).id;
  const verified = await call(t, as, {
    method: "POST",
    url: `/api/v1/payouts/accounts/${id}/verify`,
    payload: { amounts: [32, 45] },
  });
  if (verified.statusCode !== 200) {
    throw new Error(`verifying a payout account answered ${verified.statusCode}: ${verified.body}`);
  }
  return id;
}
