import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { notifications } from "#domains/notifications/tables";
import { createLocalStorage, setStorage } from "#platform/storage";
import { events, mailOutbox } from "#platform/tables";
import {
  assignedAssignment,
  call,
  multipartFile,
  PNG_BYTES,
  postingClient,
  readyWorker,
  type Session,
  staffMember,
} from "#test/given";
import { testApp } from "#test/harness";

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-moderation-"))));
const DAY = 86_400_000;
const inDays = (n: number) => new Date(t.clock.now().getTime() + n * DAY).toISOString();

const post = (as: Session, url: string, payload: Record<string, unknown>) =>
  call(t, as, { method: "POST", url, payload });
const get = (as: Session, url: string) => call(t, as, { method: "GET", url });

async function report(as: Session, subjectType: string, subjectId: string, rule = "CVG-1.3") {
  const response = await post(as, "/api/v1/reports", {
    subjectType,
    subjectId,
    rule,
    details: "They sent threatening messages after I declined the extra work.",
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { id: string; status: string };
}

async function sanction(staff: Session, payload: Record<string, unknown>, status = 201) {
  const response = await post(staff, "/api/v1/staff/sanctions", {
    rule: "CVG-1.3",
    reason: "Threatening messages to a worker, confirmed by the thread.",
    scopes: [],
    ...payload,
  });
  expect(response.statusCode, response.body).toBe(status);
  return response.json();
}

/** A worker reports the company of their assignment, and the client's admin and the worker are returned. */
async function reportedCompany() {
  const setup = await assignedAssignment(t);
  const filed = await report(setup.assignee, "assignment", setup.assignment.id);
  return { ...setup, reportId: filed.id, companyId: setup.owner.me.company?.id as string };
}

describe("reports", () => {
  it("files a report about the other side of an assignment, with evidence, and shows the reporter its status", async () => {
    const { assignee, reportId, companyId } = await reportedCompany();
    const file = multipartFile(PNG_BYTES, "screenshot.png", "image/png");
    const added = await call(t, assignee, {
      method: "POST",
      url: `/api/v1/reports/${reportId}/evidence`,
      payload: file.payload,
      headers: file.headers,
    });
    expect(added.statusCode, added.body).toBe(201);
    const mine = (await get(assignee, "/api/v1/reports")).json().items;
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id: reportId, status: "open", rule: "CVG-1.3", subjectType: "assignment" });
    expect(mine[0].evidence[0].fileName).toBe("screenshot.png");
    const staff = await staffMember(t, "trust_safety");
    const seen = (await get(staff, `/api/v1/staff/reports/${reportId}`)).json();
    expect(seen.party).toMatchObject({ type: "company", id: companyId });
    expect(seen.reporter.id).toBe(assignee.me.id);
    expect(seen.suggestedKind).toBe("warning");
    const download = await get(staff, `/api/v1/reports/${reportId}/evidence/${mine[0].evidence[0].id}`);
    expect(download.statusCode).toBe(200);
  });

  it("refuses bad input: an unknown rule, yourself, a record the reporter cannot see, someone else's evidence", async () => {
    const { owner, assignee, assignment, reportId } = await reportedCompany();
    const bad = await post(assignee, "/api/v1/reports", {
      subjectType: "company",
      subjectId: owner.me.company?.id,
      rule: "CVG-9.9",
      details: "Not a rule we have.",
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().code).toBe("validation_failed");
    const self = await post(assignee, "/api/v1/reports", {
      subjectType: "user",
      subjectId: assignee.me.id,
      rule: "CVG-1.1",
      details: "Reporting myself to test.",
    });
    expect(self.statusCode).toBe(400);
    const stranger = await readyWorker(t);
    const hidden = await post(stranger, "/api/v1/reports", {
      subjectType: "assignment",
      subjectId: assignment.id,
      rule: "CVG-1.1",
      details: "An assignment I was never sent.",
    });
    expect(hidden.statusCode).toBe(404);
    const file = multipartFile(PNG_BYTES, "x.png", "image/png");
    const theirs = await call(t, owner, {
      method: "POST",
      url: `/api/v1/reports/${reportId}/evidence`,
      payload: file.payload,
      headers: file.headers,
    });
    expect(theirs.statusCode).toBe(404);
    const staff = await staffMember(t, "trust_safety");
    const restrictionWithoutScopes = await post(staff, "/api/v1/staff/sanctions", {
      partyType: "company",
      partyId: owner.me.company?.id,
      kind: "restriction",
      rule: "CVG-1.3",
      reportIds: [reportId],
      reason: "Threatening messages to a worker.",
      endsAt: inDays(7),
    });
    expect(restrictionWithoutScopes.statusCode).toBe(400);
    const past = await post(staff, "/api/v1/staff/sanctions", {
      partyType: "company",
      partyId: owner.me.company?.id,
      kind: "warning",
      rule: "CVG-1.3",
      reportIds: [reportId],
      reason: "Threatening messages to a worker.",
      endsAt: inDays(-1),
    });
    expect(past.statusCode).toBe(400);
    const wrongParty = await post(staff, "/api/v1/staff/sanctions", {
      partyType: "user",
      partyId: assignee.me.id,
      kind: "warning",
      rule: "CVG-1.3",
      reportIds: [reportId],
      reason: "The report is about someone else.",
      endsAt: inDays(7),
    });
    expect(wrongParty.statusCode).toBe(400);
    const banWithEnd = await post(staff, "/api/v1/staff/sanctions", {
      partyType: "company",
      partyId: owner.me.company?.id,
      kind: "ban",
      rule: "CVG-1.3",
      reportIds: [reportId],
      reason: "Threatening messages to a worker.",
      endsAt: inDays(7),
    });
    expect(banWithEnd.statusCode).toBe(400);
  });
});

describe("sanctions", () => {
  it("graduates by default, tells the party at once, and enforces a restriction on the routes it covers", async () => {
    const { owner, assignee, assignment, reportId, companyId } = await reportedCompany();
    const staff = await staffMember(t, "trust_safety");
    const warning = await sanction(staff, {
      partyType: "company",
      partyId: companyId,
      reportIds: [reportId],
      endsAt: inDays(90),
    });
    expect(warning.kind).toBe("warning");
    const again = await report(assignee, "company", companyId);
    const suggested = (await get(staff, `/api/v1/staff/reports/${again.id}`)).json();
    expect(suggested.history).toHaveLength(1);
    expect(suggested.suggestedKind).toBe("restriction");
    const restriction = await sanction(staff, {
      partyType: "company",
      partyId: companyId,
      kind: "restriction",
      scopes: ["message"],
      reportIds: [again.id],
      endsAt: inDays(14),
    });
    expect(restriction).toMatchObject({ kind: "restriction", scopes: ["message"], status: "active", evidenceCount: 1 });
    const mail = await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, owner.me.email));
    expect(mail.some((m) => m.subject === "Trust & Safety: a restriction on your account")).toBe(true);
    expect(mail.find((m) => m.subject.includes("restriction"))?.text).toContain("CVG-1.3");
    const refused = await post(owner, `/api/v1/assignments/${assignment.id}/messages`, {
      kind: "message",
      body: "Hello",
    });
    expect(refused.statusCode).toBe(403);
    expect(refused.json()).toMatchObject({ code: "account_restricted", rule: "CVG-1.3", sanctionId: restriction.id });
    expect(refused.json().detail).toContain(restriction.endsAt);
    // Not covered: the restriction takes messaging only.
    const other = await post(owner, "/api/v1/assignments", {});
    expect(other.statusCode).toBe(400);
    // The worker's side is not sanctioned.
    const fine = await post(assignee, `/api/v1/assignments/${assignment.id}/messages`, { kind: "message", body: "Hi" });
    expect(fine.statusCode, fine.body).toBe(201);
  });

  it("never reveals the reporter to the reported party: views, notifications, emails, history", async () => {
    const { owner, assignee, reportId, companyId } = await reportedCompany();
    const staff = await staffMember(t, "trust_safety");
    const issued = await sanction(staff, {
      partyType: "company",
      partyId: companyId,
      kind: "suspension",
      reportIds: [reportId],
      endsAt: inDays(3),
    });
    const secrets = [assignee.me.id, assignee.me.email, reportId];
    const seen: string[] = [
      (await get(owner, "/api/v1/sanctions")).body,
      (await get(owner, `/api/v1/sanctions/${issued.id}`)).body,
      (await get(owner, "/api/v1/notifications")).body,
      (await get(owner, `/api/v1/events?subject=company:${companyId}`)).body,
      (await get(owner, `/api/v1/events?subject=user:${owner.me.id}`)).body,
      JSON.stringify(await t.db.select().from(mailOutbox).where(eq(mailOutbox.to, owner.me.email))),
      JSON.stringify(await t.db.select().from(notifications).where(eq(notifications.userId, owner.me.id))),
    ];
    for (const text of seen) {
      for (const secret of secrets) {
        expect(text).not.toContain(secret);
      }
    }
    expect((await get(owner, `/api/v1/events?subject=sanction:${issued.id}`)).statusCode).toBe(404);
    expect((await get(owner, `/api/v1/events?subject=report:${reportId}`)).statusCode).toBe(404);
    expect((await get(owner, `/api/v1/reports/${reportId}/evidence/${reportId}`)).statusCode).toBe(404);
    expect((await get(owner, `/api/v1/staff/reports/${reportId}`)).statusCode).toBe(403);
    const events_ = await t.db.select().from(events).where(eq(events.subjectId, issued.id));
    expect(JSON.stringify(events_.map((e) => e.data))).not.toContain(assignee.me.id);
  });

  it("takes one appeal, reviewed only by someone other than the issuer, and a lift restores the account", async () => {
    const { owner, assignment, reportId, companyId } = await reportedCompany();
    const issuer = await staffMember(t, "trust_safety");
    const reviewer = await staffMember(t, "trust_safety");
    const issued = await sanction(issuer, {
      partyType: "company",
      partyId: companyId,
      kind: "suspension",
      reportIds: [reportId],
      endsAt: inDays(30),
    });
    const blocked = await post(owner, `/api/v1/assignments/${assignment.id}/messages`, { kind: "message", body: "Hi" });
    expect(blocked.json().code).toBe("account_restricted");
    const appeal = await post(owner, `/api/v1/sanctions/${issued.id}/appeal`, {
      statement: "The messages were firm but never threatening; please read the whole thread.",
    });
    expect(appeal.statusCode, appeal.body).toBe(200);
    expect(appeal.json()).toMatchObject({ status: "appealed", actions: [] });
    const twice = await post(owner, `/api/v1/sanctions/${issued.id}/appeal`, {
      statement: "Once more, please review.",
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json().code).toBe("invalid_transition");
    const own = await post(issuer, `/api/v1/staff/sanctions/${issued.id}/review`, {
      outcome: "lifted",
      reason: "I changed my mind about it.",
    });
    expect(own.statusCode).toBe(403);
    expect(own.json().code).toBe("forbidden");
    const lifted = await post(reviewer, `/api/v1/staff/sanctions/${issued.id}/review`, {
      outcome: "lifted",
      reason: "The thread shows no threat; the report was a misunderstanding.",
    });
    expect(lifted.statusCode, lifted.body).toBe(200);
    expect(lifted.json()).toMatchObject({ status: "lifted", appeal: { outcome: "lifted" } });
    const allowed = await post(owner, `/api/v1/assignments/${assignment.id}/messages`, { kind: "message", body: "Hi" });
    expect(allowed.statusCode, allowed.body).toBe(201);
    const after = await post(reviewer, `/api/v1/staff/sanctions/${issued.id}/review`, {
      outcome: "upheld",
      reason: "Trying again after the lift.",
    });
    expect(after.statusCode).toBe(409);
  });

  it("ends by itself at its end date through the job queue (injectable clock), and shortening moves the end", async () => {
    const { owner, assignment, reportId, companyId } = await reportedCompany();
    const issuer = await staffMember(t, "trust_safety");
    const reviewer = await staffMember(t, "trust_safety");
    const issued = await sanction(issuer, {
      partyType: "company",
      partyId: companyId,
      kind: "restriction",
      scopes: ["message"],
      reportIds: [reportId],
      endsAt: inDays(10),
    });
    await post(owner, `/api/v1/sanctions/${issued.id}/appeal`, { statement: "Ten days is too long for one message." });
    const shortened = await post(reviewer, `/api/v1/staff/sanctions/${issued.id}/review`, {
      outcome: "shortened",
      reason: "A first restriction: three days are enough.",
      endsAt: inDays(3),
    });
    expect(shortened.statusCode, shortened.body).toBe(200);
    expect(shortened.json()).toMatchObject({ status: "active", appeal: { outcome: "shortened" } });
    const longer = await post(reviewer, `/api/v1/staff/sanctions/${issued.id}/review`, {
      outcome: "shortened",
      reason: "Trying to review twice.",
      endsAt: inDays(2),
    });
    expect(longer.statusCode).toBe(409);
    t.clock.advance(2 * DAY);
    await t.runJobs();
    expect((await get(owner, `/api/v1/sanctions/${issued.id}`)).json().status).toBe("active");
    t.clock.advance(1 * DAY + 60_000);
    await t.runJobs();
    const ended = (await get(owner, `/api/v1/sanctions/${issued.id}`)).json();
    expect(ended.status).toBe("ended");
    expect(ended.endedAt).not.toBeNull();
    const allowed = await post(owner, `/api/v1/assignments/${assignment.id}/messages`, { kind: "message", body: "Hi" });
    expect(allowed.statusCode, allowed.body).toBe(201);
    // The old end's job finds nothing to do.
    t.clock.advance(8 * DAY);
    await t.runJobs();
    expect((await get(owner, `/api/v1/sanctions/${issued.id}`)).json().status).toBe("ended");
  });

  it("answers 409 invalid_transition for evidence already decided, and a dismissed report stays out of reach", async () => {
    const { assignee, reportId, companyId } = await reportedCompany();
    const staff = await staffMember(t, "trust_safety");
    const dismissed = await post(staff, `/api/v1/staff/reports/${reportId}/dismiss`, { reason: "No violation found." });
    expect(dismissed.statusCode, dismissed.body).toBe(200);
    expect((await get(assignee, "/api/v1/reports")).json().items[0].status).toBe("dismissed");
    const reuse = await post(staff, "/api/v1/staff/sanctions", {
      partyType: "company",
      partyId: companyId,
      kind: "warning",
      rule: "CVG-1.3",
      reportIds: [reportId],
      reason: "Using a dismissed report.",
      endsAt: inDays(7),
    });
    expect(reuse.statusCode).toBe(409);
    expect(reuse.json().code).toBe("invalid_transition");
    const twice = await post(staff, `/api/v1/staff/reports/${reportId}/dismiss`, { reason: "Again." });
    expect(twice.statusCode).toBe(409);
  });

  it("lets a worker be reported for a message and restricted from applying and accepting", async () => {
    const { owner, assignee, assignment } = await assignedAssignment(t);
    const sent = await post(assignee, `/api/v1/assignments/${assignment.id}/messages`, {
      kind: "message",
      body: "Pay me cash outside the app and skip the fee.",
    });
    expect(sent.statusCode, sent.body).toBe(201);
    const filed = await report(owner, "message", sent.json().id, "CVG-1.2");
    const staff = await staffMember(t, "trust_safety");
    const seen = (await get(staff, `/api/v1/staff/reports/${filed.id}`)).json();
    expect(seen.party).toMatchObject({ type: "user", id: assignee.me.id });
    await sanction(staff, {
      partyType: "user",
      partyId: assignee.me.id,
      kind: "restriction",
      rule: "CVG-1.2",
      scopes: ["apply_accept"],
      reportIds: [filed.id],
      endsAt: inDays(7),
    });
    const next = await call(t, owner, {
      method: "POST",
      url: `/api/v1/assignments/${assignment.id}/messages`,
      payload: { kind: "message", body: "Noted." },
    });
    expect(next.statusCode).toBe(201);
    const other = await postingClient(t);
    const draft = await post(other, "/api/v1/assignments", {});
    expect(draft.statusCode).toBe(400);
    const mine = (await get(assignee, "/api/v1/sanctions")).json().items;
    expect(mine[0]).toMatchObject({ kind: "restriction", rule: "CVG-1.2", actions: ["appeal"], reportIds: null });
  });
});
