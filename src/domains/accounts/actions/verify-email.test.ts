import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { users } from "#domains/accounts/tables";
import { jobs, mailOutbox } from "#platform/tables";
import {
  acceptAllPolicies,
  call,
  client,
  draftAssignment,
  eventsOf,
  lastMailTo,
  PASSWORD,
  postingClient,
  readyWorker,
  type Session,
  sentAssignment,
  tokenFrom,
  uniqueEmail,
  unverifiedWorker,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();

const verify = (token: string) => t.inject({ method: "POST", url: "/api/v1/auth/verify-email", payload: { token } });
const me = async (as: Session) => (await call(t, as, { method: "GET", url: "/api/v1/me" })).json();

describe("email verification at sign-up (issue 7)", () => {
  it("emails a link; the account can log in and fill its profile at once; the link verifies it once", async () => {
    const uma = await unverifiedWorker(t);
    expect(uma.me.emailVerified).toBe(false);
    const mail = await lastMailTo(t, uma.me.email);
    expect(mail.subject).toBe("Confirm your email address for Worklane");
    expect(mail.text).toContain("http://localhost:3000/verify-email?token=");
    const renamed = await call(t, uma, { method: "PATCH", url: "/api/v1/me", payload: { name: "Uma Ready" } });
    expect(renamed.statusCode, renamed.body).toBe(200);

    const token = tokenFrom(mail.text);
    const done = await verify(token);
    expect(done.statusCode, done.body).toBe(200);
    expect((await me(uma)).emailVerified).toBe(true);
    const events = (await eventsOf(t, uma.me.id)).filter((e) => e.action === "user.email_verified");
    expect(events).toEqual([expect.objectContaining({ actorId: uma.me.id })]);
    const again = await verify(token);
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("token_invalid");
  });

  it("refuses an unverified worker's apply and accept with 403 email_unverified until verified", async () => {
    const owner = await postingClient(t);
    const uma = await unverifiedWorker(t);
    const token = tokenFrom((await lastMailTo(t, uma.me.email)).text);
    await acceptAllPolicies(t, uma);
    const offered = await sentAssignment(t, owner, [uma]);
    const open = await sentAssignment(t, owner, [uma], { routingMode: "applications" });
    const accept = () => call(t, uma, { method: "POST", url: `/api/v1/assignments/${offered.id}/accept` });
    const apply = () =>
      call(t, uma, { method: "POST", url: `/api/v1/assignments/${open.id}/apply`, payload: { message: "Me!" } });
    for (const refused of [await accept(), await apply()]) {
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().code).toBe("email_unverified");
      expect(refused.json().detail).toContain("link");
    }
    expect((await verify(token)).statusCode).toBe(200);
    expect((await accept()).statusCode).toBe(200);
    expect((await apply()).statusCode).toBe(200);
  });

  it("refuses an unverified client's send with 403 email_unverified; the resend button's link works", async () => {
    const worker = await readyWorker(t);
    const email = uniqueEmail("client");
    const signUp = await t.inject({
      method: "POST",
      url: "/api/v1/auth/signup",
      payload: { email, password: PASSWORD, name: "Cy", accountType: "client", companyName: "Unproven Co" },
    });
    expect(signUp.statusCode).toBe(202);
    const login = await t.inject({ method: "POST", url: "/api/v1/auth/login", payload: { email, password: PASSWORD } });
    const cy: Session = { me: login.json(), cookie: "", headers: { cookie: `wl_session=${login.cookies[0]?.value}` } };
    await acceptAllPolicies(t, cy);
    const draft = await draftAssignment(t, cy);
    const send = () =>
      call(t, cy, {
        method: "POST",
        url: `/api/v1/assignments/${draft.id}/send`,
        payload: { workerIds: [worker.me.id] },
      });
    const refused = await send();
    expect(refused.statusCode, refused.body).toBe(403);
    expect(refused.json().code).toBe("email_unverified");

    const first = tokenFrom((await lastMailTo(t, email)).text);
    const resent = await call(t, cy, { method: "POST", url: "/api/v1/me/verification-email" });
    expect(resent.statusCode, resent.body).toBe(202);
    const second = tokenFrom((await lastMailTo(t, email)).text);
    expect(second).not.toBe(first);
    expect((await verify(second)).statusCode).toBe(200);
    expect((await verify(first)).statusCode).toBe(410);
    expect((await send()).statusCode, "sent once verified").toBe(200);
  });

  it("refuses an unverified member's choosing of an applicant and acceptance of a request (both commit the company)", async () => {
    const owner = await postingClient(t);
    const worker = await readyWorker(t);
    const open = await sentAssignment(t, owner, [worker], { routingMode: "applications" });
    const applied = await call(t, worker, {
      method: "POST",
      url: `/api/v1/assignments/${open.id}/apply`,
      payload: { message: "Me!" },
    });
    expect(applied.statusCode, applied.body).toBe(200);
    const applicationId = applied.json().applications[0].id as string;
    const other = await sentAssignment(t, owner, [worker]);
    expect((await call(t, worker, { method: "POST", url: `/api/v1/assignments/${other.id}/accept` })).statusCode).toBe(
      200,
    );
    const asked = await call(t, worker, {
      method: "POST",
      url: `/api/v1/assignments/${other.id}/requests`,
      payload: { kind: "budget_increase", amount: 5_000, reason: "A second cable run." },
    });
    expect(asked.statusCode, asked.body).toBe(201);

    // As if the address had never been confirmed (an account from before verification existed, say).
    await t.db.update(users).set({ emailVerifiedAt: null }).where(eq(users.id, owner.me.id));
    const select = () =>
      call(t, owner, { method: "POST", url: `/api/v1/assignments/${open.id}/applications/${applicationId}/select` });
    const acceptRequest = () =>
      call(t, owner, { method: "POST", url: `/api/v1/assignments/${other.id}/requests/${asked.json().id}/accept` });
    for (const refused of [await select(), await acceptRequest()]) {
      expect(refused.statusCode, refused.body).toBe(403);
      expect(refused.json().code).toBe("email_unverified");
    }
    await t.db.update(users).set({ emailVerifiedAt: new Date() }).where(eq(users.id, owner.me.id));
    expect((await select()).statusCode).toBe(200);
    expect((await acceptRequest()).statusCode).toBe(200);
  });

  it("limits resends to 5 an hour per account with 429 and Retry-After", async () => {
    const uma = await unverifiedWorker(t);
    for (let i = 0; i < 5; i++) {
      expect((await call(t, uma, { method: "POST", url: "/api/v1/me/verification-email" })).statusCode).toBe(202);
    }
    const limited = await call(t, uma, { method: "POST", url: "/api/v1/me/verification-email" });
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
  });

  it("limits sign-ups per source address with 429, Retry-After and when to try again", async () => {
    const remoteAddress = "10.250.250.1";
    const signUp = () =>
      t.inject({
        method: "POST",
        url: "/api/v1/auth/signup",
        remoteAddress,
        payload: { email: uniqueEmail("flood"), password: PASSWORD, name: "Flood", accountType: "worker" },
      });
    for (let i = 0; i < 20; i++) {
      expect((await signUp()).statusCode).toBe(202);
    }
    const limited = await signUp();
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe("rate_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    expect(limited.json().detail).toMatch(/Try again in \d+ (seconds|minutes)/);
  });
});

describe("password reset requests do the same work whatever the email (issue 7)", () => {
  it("answers alike and queues one job either way; only a real account gets a mail when it runs", async () => {
    const known = (await client(t)).me.email;
    const unknown = uniqueEmail("nobody");
    const request = async (email: string) => {
      const before = await t.db.$count(jobs);
      const response = await t.inject({ method: "POST", url: "/api/v1/auth/password-reset", payload: { email } });
      return { status: response.statusCode, body: response.json(), queued: (await t.db.$count(jobs)) - before };
    };
    const [a, b] = [await request(known), await request(unknown)];
    expect(a).toEqual(b);
    expect(a).toEqual({ status: 202, body: { ok: true }, queued: 1 });
    await t.runJobs();
    expect((await lastMailTo(t, known)).subject).toBe("Reset your Worklane password");
    expect(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, unknown))).toEqual([]);
  });
});
