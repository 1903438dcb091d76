import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox } from "#platform/tables";
import {
  call,
  client,
  eventsOf,
  lastMailTo,
  PASSWORD,
  type Session,
  sessionFrom,
  teammate,
  tokenFrom,
  uniqueEmail,
  worker,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
const DAY = 86_400_000;

async function invite(admin: Session, email = uniqueEmail("invitee"), role = "manager") {
  const response = await call(t, admin, { method: "POST", url: "/api/v1/invitations", payload: { email, role } });
  return { response, email };
}

async function invitedToken(admin: Session, role = "manager") {
  const { response, email } = await invite(admin, undefined, role);
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json().id as string, email, token: tokenFrom((await lastMailTo(t, email)).text) };
}

function accept(token: string, name = "Ines Invitee") {
  return t.inject({ method: "POST", url: "/api/v1/invitations/accept", payload: { token, name, password: PASSWORD } });
}

function preview(token: string) {
  return t.inject({ method: "GET", url: `/api/v1/invitations/preview?token=${encodeURIComponent(token)}` });
}

describe("POST /api/v1/invitations", () => {
  it("emails a link through the outbox that previews and accepts into the company with the role", async () => {
    const admin = await client(t, { companyName: "Harbor Logistics" });
    const email = uniqueEmail("Finn");
    const { response } = await invite(admin, email, "finance");
    expect(response.statusCode, response.body).toBe(201);
    const invitation = response.json();
    expect(invitation).toMatchObject({ email: email.toLowerCase(), role: "finance", status: "pending" });
    expect(invitation).not.toHaveProperty("token");

    const mail = await lastMailTo(t, email);
    expect(mail.status).toBe("queued");
    expect(mail.subject).toContain("Harbor Logistics");
    expect(mail.text).toContain("http://localhost:3000/invitations/accept?token=");
    expect(await t.runJobs()).toBeGreaterThanOrEqual(1);
    const [sent] = await t.db.select().from(mailOutbox).where(eq(mailOutbox.id, mail.id));
    expect(sent?.status).toBe("sent");
    expect(sent?.sentAt).toBeInstanceOf(Date);

    const token = tokenFrom(mail.text);
    const seen = await preview(token);
    expect(seen.statusCode, seen.body).toBe(200);
    expect(seen.json()).toMatchObject({ companyName: "Harbor Logistics", email: email.toLowerCase(), role: "finance" });

    const accepted = await accept(token, "Finn Finance");
    expect(accepted.statusCode, accepted.body).toBe(201);
    const finn = sessionFrom(accepted);
    expect(finn.me).toMatchObject({
      email: email.toLowerCase(),
      name: "Finn Finance",
      accountType: "client",
      company: { id: admin.me.company?.id, name: "Harbor Logistics", role: "finance" },
    });
    const me = await call(t, finn, { method: "GET", url: "/api/v1/me" });
    expect(me.json().company.role).toBe("finance");

    const members = await call(t, admin, { method: "GET", url: "/api/v1/members" });
    expect(members.json().items).toContainEqual(
      expect.objectContaining({ userId: finn.me.id, role: "finance", name: "Finn Finance" }),
    );
    const list = await call(t, admin, { method: "GET", url: "/api/v1/invitations" });
    expect(list.json().items).toContainEqual(expect.objectContaining({ id: invitation.id, status: "accepted" }));

    expect((await eventsOf(t, invitation.id)).map((e) => e.action)).toEqual([
      "invitation.created",
      "invitation.accepted",
    ]);
    const companyEvents = await eventsOf(t, admin.me.company?.id ?? "");
    expect(companyEvents.at(-1)).toMatchObject({
      action: "company.member_joined",
      actorId: finn.me.id,
      data: { userId: finn.me.id, role: "finance" },
    });
  });

  it("refuses a second pending invitation for the same email with 409", async () => {
    const admin = await client(t);
    const { email } = await invite(admin);
    const { response } = await invite(admin, email.toUpperCase(), "viewer");
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("conflict");
  });

  it("lets only one of two simultaneous invitations of the same email through", async () => {
    const admin = await client(t);
    const email = uniqueEmail("twice");
    const results = await Promise.all([invite(admin, email), invite(admin, email, "viewer")]);
    expect(results.map((r) => r.response.statusCode).sort()).toEqual([201, 409]);
    const list = await call(t, admin, { method: "GET", url: "/api/v1/invitations" });
    expect(list.json().items).toHaveLength(1);
  });

  it("refuses an email that already has an account with 409", async () => {
    const admin = await client(t);
    const email = uniqueEmail("taken");
    await worker(t, { email });
    const { response } = await invite(admin, email);
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("email_taken");
  });

  it.each(["manager", "finance", "viewer"] as const)("refuses a %s with 403 and sends nothing", async (role) => {
    const admin = await client(t);
    const member = await teammate(t, admin, role);
    const { response, email } = await invite(member);
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe("forbidden");
    await expect(lastMailTo(t, email)).rejects.toThrow(/no email/);
  });

  it("refuses a worker with 403 and a logged-out caller with 401", async () => {
    const wren = await worker(t);
    expect((await invite(wren)).response.statusCode).toBe(403);
    const loggedOut = await t.inject({
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: uniqueEmail(), role: "viewer" },
    });
    expect(loggedOut.statusCode).toBe(401);
    expect(loggedOut.json().code).toBe("unauthenticated");
  });
});

describe("invitation tokens", () => {
  it("answers 410 token_invalid once the invitation is 14 days old", async () => {
    const admin = await client(t);
    const { token } = await invitedToken(admin);
    t.clock.advance(15 * DAY);
    const seen = await preview(token);
    expect(seen.statusCode).toBe(410);
    expect(seen.json().code).toBe("token_invalid");
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(410);
    expect(accepted.json().code).toBe("token_invalid");
  });

  it("answers 410 for a revoked invitation, and the revocation is recorded", async () => {
    const admin = await client(t);
    const { id, token } = await invitedToken(admin);
    const revoked = await call(t, admin, { method: "POST", url: `/api/v1/invitations/${id}/revoke` });
    expect(revoked.statusCode, revoked.body).toBe(200);
    expect(revoked.json().status).toBe("revoked");
    expect((await preview(token)).statusCode).toBe(410);
    const accepted = await accept(token);
    expect(accepted.statusCode).toBe(410);
    expect(accepted.json().code).toBe("token_invalid");
    const again = await call(t, admin, { method: "POST", url: `/api/v1/invitations/${id}/revoke` });
    expect(again.statusCode).toBe(409);
    expect((await eventsOf(t, id)).map((e) => e.action)).toEqual(["invitation.created", "invitation.revoked"]);
  });

  it("answers 410 for a token that was already used", async () => {
    const admin = await client(t);
    const { token } = await invitedToken(admin);
    expect((await accept(token)).statusCode).toBe(201);
    const again = await accept(token, "Someone Else");
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("token_invalid");
    expect((await preview(token)).statusCode).toBe(410);
  });

  it("answers 410 for a token nobody issued", async () => {
    const made = "x".repeat(43);
    expect((await preview(made)).statusCode).toBe(410);
    expect((await accept(made)).statusCode).toBe(410);
  });

  it("lets only one of two simultaneous accepts through", async () => {
    const admin = await client(t);
    const { token } = await invitedToken(admin);
    const results = await Promise.all([accept(token, "First"), accept(token, "Second")]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 410]);
  });
});

describe("POST /api/v1/invitations/:id/revoke", () => {
  it("hides another company's invitation behind 404", async () => {
    const admin = await client(t);
    const stranger = await client(t);
    const { id, token } = await invitedToken(admin);
    const response = await call(t, stranger, { method: "POST", url: `/api/v1/invitations/${id}/revoke` });
    expect(response.statusCode).toBe(404);
    expect(response.json().code).toBe("not_found");
    expect((await preview(token)).statusCode).toBe(200);
    const theirs = await call(t, stranger, { method: "GET", url: "/api/v1/invitations" });
    expect(theirs.json().items).toEqual([]);
  });

  it("refuses a manager with 403", async () => {
    const admin = await client(t);
    const manager = await teammate(t, admin, "manager");
    const { id } = await invitedToken(admin);
    const response = await call(t, manager, { method: "POST", url: `/api/v1/invitations/${id}/revoke` });
    expect(response.statusCode).toBe(403);
  });
});
