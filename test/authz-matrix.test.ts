import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import type { InjectOptions } from "fastify";
import { beforeAll, describe, expect, it } from "vitest";
import { sender } from "#domains/notifications/webhooks/sender-steps";
import type { CompanyRole } from "#platform/context";
import { createLocalStorage, setStorage } from "#platform/storage";
import type { RouteInfo } from "../src/app";
import { blockRows } from "./authz-matrix-blocks";
import { matchingRows } from "./authz-matrix-matching";
import { moderationRows } from "./authz-matrix-moderation";
import { skillTestRows } from "./authz-matrix-skill-tests";
import { talentRows } from "./authz-matrix-talent";
import { webhookRows } from "./authz-matrix-webhooks";
import {
  acceptAllPolicies,
  act,
  assignmentBody,
  call,
  client,
  draftAssignment,
  lastMailTo,
  multipartFile,
  PASSWORD,
  PNG_BYTES,
  type Session,
  sessionFrom,
  staffMember,
  teammate,
  tokenFrom,
  uniqueEmail,
  unverifiedWorker,
  verifiedPayoutAccount,
  worker,
} from "./given";
import { type TestApp, testApp } from "./harness";

/**
 * The denial matrix (ARCHITECTURE §7): every route registered under /api/v1 is called logged out, with an expired
 * session, with a revoked API key, as the wrong kind of account, with too small a company role and as a user of
 * another tenant, and must answer 401 / 403 / 404 and change nothing in the database. Then the owner's request
 * succeeds, which proves the fixture is right and the denials were denials of a valid request.
 *
 * A route without a row in `rows` below fails the first test: every new route gets a row. To add one, key it by the
 * route's operationId and give `valid(w)`: who may make the request (`as`, from the world `w`), the URL with real ids
 * of records that party owns, the body and the success status. The route's own `config.auth` and `config.roles`
 * decide which denials run. When the URL names a record, also say who must get 404 (`strangers`: `w.otherAdmin`,
 * `w.otherWorker`, …) or why nobody can (`noStranger`). `after` restores shared state a success changed.
 */

const t = await testApp();
setStorage(createLocalStorage(mkdtempSync(path.join(tmpdir(), "worklane-matrix-files-"))));
const DAY = 86_400_000;

/** The parties every row can use. Each client and worker has accepted the current policies. */
interface World {
  t: TestApp;
  /** Company A's admin: the default owner of client records. */
  admin: Session;
  /** Company B's admin: the stranger for company A's records. */
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
  staff: Session;
  /** Staff members without the admin role, for `staff:<role>` routes. */
  escalations: Session;
  trustSafety: Session;
  revokedKey: string;
  /** A teammate of `admin` with this role (made once). */
  member(role: CompanyRole): Promise<Session>;
  /** A new session of the same user, for rows whose success ends the session. */
  relogin(as: Session): Promise<Session>;
}

/** A request the owner may make; the denials send the same request as other parties. */
interface Valid {
  as: Session | null;
  url: string;
  payload?: unknown;
  /** Request headers besides the credentials (a multipart or CSV Content-Type). */
  headers?: Record<string, string>;
  /** The owner's success status, checked after the denials. */
  status: number;
}

interface Row {
  valid(w: World): Promise<Valid>;
  /** Users of another tenant who must get 404 for this record; required when the URL names a record. */
  strangers?: (w: World) => Session[];
  /** Why no tenant can be a stranger here (a public document, a staff-wide list). */
  noStranger?: string;
  /** Restores the world after the owner's request (e.g. re-accept policies after publishing a new version). */
  after?: (w: World) => Promise<void>;
}

const json = (response: { json: () => unknown }) => response.json() as Record<string, unknown>;

async function createdApiKey(w: World): Promise<{ id: string; token: string }> {
  const created = await call(w.t, w.admin, { method: "POST", url: "/api/v1/api-keys", payload: { name: "matrix" } });
  expect(created.statusCode, created.body).toBe(201);
  const body = created.json() as { apiKey: { id: string }; token: string };
  return { id: body.apiKey.id, token: body.token };
}

async function invitation(w: World): Promise<{ id: string; email: string; token: string }> {
  const email = uniqueEmail("invitee");
  const invited = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/invitations",
    payload: { email, role: "viewer" },
  });
  expect(invited.statusCode, invited.body).toBe(201);
  return { id: String(json(invited).id), email, token: tokenFrom((await lastMailTo(w.t, email)).text) };
}

const acceptForAll = async (w: World) => {
  for (const as of [w.admin, w.otherAdmin, w.worker, w.otherWorker, await w.member("viewer")]) {
    await acceptAllPolicies(w.t, as);
  }
};

/** Company A's assignment, brought through the API to `stage` with the matrix's worker. */
async function assignmentAt(w: World, stage: string, overrides: Record<string, unknown> = {}, startsIn = 72) {
  const draft = await draftAssignment(w.t, w.admin, overrides, startsIn);
  const steps: [string, Session, Record<string, unknown> | undefined][] = [
    ["send", w.admin, { workerIds: [w.worker.me.id] }],
    ["accept", w.worker, undefined],
    ["check-in", w.worker, {}],
    ["submit", w.worker, { hours: 2 }],
  ];
  const upTo = { draft: 0, sent: 1, assigned: 2, in_progress: 3, submitted: 4 }[stage] ?? 0;
  for (const [action, as, payload] of steps.slice(0, upTo)) {
    await act(w.t, as, draft.id, action, payload);
  }
  return `/api/v1/assignments/${draft.id}`;
}
const clientStranger = (w: World) => [w.otherAdmin];
const workerStranger = (w: World) => [w.otherWorker];
const anyStranger = (w: World) => [w.otherAdmin, w.otherWorker];

interface Deliverables {
  url: string;
  photo: string;
  signature: string;
  report: string;
  item: string;
  field: string;
}

/** An assigned assignment of company A with a photo, a signature, a report, a checklist item and a worker field. */
async function withDeliverables(w: World): Promise<Deliverables> {
  const url = await assignmentAt(w, "assigned");
  const defined = await call(w.t, w.admin, {
    method: "PUT",
    url: `${url}/deliverables`,
    payload: {
      requirements: [
        { kind: "photo", title: "Counter" },
        { kind: "signature", title: "Sign-off" },
        { kind: "report", title: "Notes" },
      ],
      checklist: [{ text: "Test transaction" }],
      fields: [{ label: "Terminals", type: "number", filledBy: "worker" }],
    },
  });
  expect(defined.statusCode, defined.body).toBe(200);
  const view = json(defined) as {
    requirements: { id: string }[];
    checklist: { id: string }[];
    fields: { id: string }[];
  };
  const [photo, signature, report] = view.requirements.map((r) => r.id);
  return {
    url,
    photo: photo ?? "",
    signature: signature ?? "",
    report: report ?? "",
    item: view.checklist[0]?.id ?? "",
    field: view.fields[0]?.id ?? "",
  };
}

/** A photo the matrix's worker handed in: the URL to download it. */
async function handedInPhoto(w: World): Promise<string> {
  const d = await withDeliverables(w);
  const uploaded = await call(w.t, w.worker, {
    method: "POST",
    url: `${d.url}/deliverables/requirements/${d.photo}/files`,
    ...multipartFile(PNG_BYTES, "counter.png", "image/png"),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  return String(json(uploaded).url);
}

/** An attachment company A's admin added: its URL. */
async function attachment(w: World): Promise<string> {
  const url = await assignmentAt(w, "assigned");
  const added = await call(w.t, w.admin, {
    method: "POST",
    url: `${url}/attachments`,
    ...multipartFile(Buffer.from("%PDF-1.4 work order"), "order.pdf", "application/pdf"),
  });
  expect(added.statusCode, added.body).toBe(201);
  return String(json(added).url);
}

/** A template of company A, saved from a draft: its URL. */
async function template(w: World): Promise<string> {
  const assignmentId = (await assignmentAt(w, "draft")).split("/").pop();
  const saved = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/assignment-templates",
    payload: { assignmentId, name: `Matrix ${uniqueEmail()}` },
  });
  expect(saved.statusCode, saved.body).toBe(201);
  return `/api/v1/assignment-templates/${json(saved).id}`;
}

/** A pending request on an assigned assignment of company A: by the worker, or a bonus offered by the admin. */
async function pendingRequest(w: World, kind: "expense" | "bonus"): Promise<string> {
  const url = await assignmentAt(w, "assigned");
  const made = await call(w.t, kind === "bonus" ? w.admin : w.worker, {
    method: "POST",
    url: `${url}/requests`,
    payload: { kind, amount: 1_000, reason: "Parking" },
  });
  expect(made.statusCode, made.body).toBe(201);
  return `${url}/requests/${json(made).id}`;
}

/** An approved assignment of company A with the matrix's worker: its URL. */
async function approvedAt(w: World): Promise<string> {
  const url = await assignmentAt(w, "submitted");
  const approved = await call(w.t, w.admin, { method: "POST", url: `${url}/approve` });
  expect(approved.statusCode, approved.body).toBe(200);
  return url;
}

/** Both sides rated an approved assignment, so both ratings are published: the company's rating of the worker. */
async function publishedRating(w: World): Promise<string> {
  const url = await approvedAt(w);
  const review = { overall: "satisfied", communication: "satisfied", review: "Fine" };
  const byCompany = { ...review, rates: "worker", quality: "excellent", professionalism: "excellent" };
  const byWorker = { ...review, rates: "company", clarity: "excellent", paymentAsPromised: "satisfied" };
  expect((await call(w.t, w.admin, { method: "POST", url: `${url}/ratings`, payload: byCompany })).statusCode).toBe(
    201,
  );
  const both = await call(w.t, w.worker, { method: "POST", url: `${url}/ratings`, payload: byWorker });
  expect(both.statusCode, both.body).toBe(201);
  const ratings = json(both).ratings as { id: string; rates: string }[];
  return `/api/v1/ratings/${ratings.find((r) => r.rates === "worker")?.id}`;
}

/** An open invoice of company A for the matrix's worker (approval opens it through the job queue): its URL. */
async function openInvoice(w: World): Promise<string> {
  const url = await assignmentAt(w, "submitted");
  const approved = await call(w.t, w.admin, { method: "POST", url: `${url}/approve` });
  expect(approved.statusCode, approved.body).toBe(200);
  await w.t.runJobs();
  const id = url.split("/").pop();
  const listed = await call(w.t, w.admin, { method: "GET", url: `/api/v1/invoices?assignmentId=${id}` });
  return `/api/v1/invoices/${(json(listed).items as { id: string }[])[0]?.id}`;
}

/** Company A funded by wire (settles at once), so its invoices can be paid. */
async function pendingPayoutAccount(w: World): Promise<string> {
  const added = await call(w.t, w.worker, {
    method: "POST",
    url: "/api/v1/payouts/accounts",
    payload: { holderName: "Wren Worker", routingNumber: "110000000", accountNumber: "000123456789" },
  });
  expect(added.statusCode, added.body).toBe(201);
  return json(added).id as string;
}

async function funded(w: World): Promise<void> {
  const added = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/payments/funding",
    payload: { amount: 1_000_00, currency: "USD", method: "wire" },
  });
  expect(added.statusCode, added.body).toBe(201);
}

/** An escalation case the matrix's worker opened about company A's submitted assignment: its URL. */
async function openCase(w: World): Promise<string> {
  const url = await assignmentAt(w, "submitted");
  const opened = await call(w.t, w.worker, {
    method: "POST",
    url: `${url}/escalations`,
    payload: { category: "other", details: "The client has not answered.", desiredOutcome: "An answer." },
  });
  expect(opened.statusCode, opened.body).toBe(201);
  return `/api/v1/escalations/${json(opened).id}`;
}

/** A release the matrix's worker proposed in a fresh case (their side counts as accepted): its URL. */
async function caseProposal(w: World): Promise<string> {
  const url = await openCase(w);
  const proposed = await call(w.t, w.worker, { method: "POST", url: `${url}/proposals`, payload: { kind: "release" } });
  expect(proposed.statusCode, proposed.body).toBe(201);
  return `${url}/proposals/${(json(proposed).proposals as { id: string }[])[0]?.id}`;
}

/** One row per operationId. Add yours when you add a route. */
const rows: Record<string, Row> = {
  ...talentRows,
  ...matchingRows,
  ...blockRows,
  ...skillTestRows,
  ...webhookRows,
  ...moderationRows,
  // ratings
  giveRating: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await approvedAt(w)}/ratings`,
      payload: {
        rates: "worker",
        overall: "excellent",
        quality: "excellent",
        professionalism: "satisfied",
        communication: "satisfied",
        review: "Good work",
      },
      status: 201,
    }),
    strangers: anyStranger,
  },
  listAssignmentRatings: {
    valid: async (w) => ({ as: w.admin, url: `${await approvedAt(w)}/ratings`, status: 200 }),
    strangers: anyStranger,
  },
  replyToRating: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await publishedRating(w)}/reply`,
      payload: { text: "Thank you" },
      status: 200,
    }),
    noStranger: "a published rating is public to every logged-in user; readers who are not the rated side get 403",
  },
  flagRating: {
    valid: async (w) => ({
      as: w.otherWorker,
      url: `${await publishedRating(w)}/flags`,
      payload: { reason: "Abusive" },
      status: 201,
    }),
    noStranger: "anyone who can read a published rating may flag it",
  },
  getCompanyScorecard: {
    valid: async (w) => ({ as: w.worker, url: `/api/v1/companies/${w.admin.me.company?.id}/scorecard`, status: 200 }),
    noStranger: "scorecards are open to every logged-in user (workers decide with them)",
  },
  getCompanyMonthlyScorecard: {
    valid: async (w) => ({
      as: w.worker,
      url: `/api/v1/companies/${w.admin.me.company?.id}/scorecard/monthly`,
      status: 200,
    }),
    noStranger: "scorecards are open to every logged-in user (workers decide with them)",
  },
  drillDownCompanyFigure: {
    valid: async (w) => ({
      as: w.worker,
      url: `/api/v1/companies/${w.admin.me.company?.id}/scorecard/approvalDays`,
      status: 200,
    }),
    noStranger: "scorecards are open to every logged-in user (workers decide with them)",
  },
  exportCompanyFigureCsv: {
    valid: async (w) => ({
      as: w.worker,
      url: `/api/v1/companies/${w.admin.me.company?.id}/scorecard/approvalDays/export.csv`,
      status: 200,
    }),
    noStranger: "scorecards are open to every logged-in user (workers decide with them)",
  },
  getWorkerScorecard: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/workers/${w.worker.me.id}/scorecard`, status: 200 }),
    noStranger: "scorecards are open to every logged-in user (companies choose with them)",
  },
  listWorkerScorecards: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/workers/scorecards?ids=${w.worker.me.id},${w.otherWorker.me.id}`,
      status: 200,
    }),
    noStranger: "scorecards are open to every logged-in user (companies choose with them)",
  },
  getWorkerMonthlyScorecard: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/workers/${w.worker.me.id}/scorecard/monthly`, status: 200 }),
    noStranger: "scorecards are open to every logged-in user (companies choose with them)",
  },
  drillDownWorkerFigure: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/workers/${w.worker.me.id}/scorecard/completed`, status: 200 }),
    noStranger: "scorecards are open to every logged-in user (companies choose with them)",
  },
  exportWorkerFigureCsv: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/workers/${w.worker.me.id}/scorecard/completed/export.csv`,
      status: 200,
    }),
    noStranger: "scorecards are open to every logged-in user (companies choose with them)",
  },
  // payments
  getBalance: { valid: async (w) => ({ as: w.admin, url: "/api/v1/payments/balance", status: 200 }) },
  listAccountActivity: { valid: async (w) => ({ as: w.admin, url: "/api/v1/payments/activity", status: 200 }) },
  addFunds: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/payments/funding",
      payload: { amount: 100_00, currency: "USD", method: "wire" },
      status: 201,
    }),
  },
  listFundings: { valid: async (w) => ({ as: w.admin, url: "/api/v1/payments/funding", status: 200 }) },
  listInvoices: { valid: async (w) => ({ as: w.admin, url: "/api/v1/invoices", status: 200 }) },
  exportInvoicesCsv: { valid: async (w) => ({ as: w.admin, url: "/api/v1/invoices/export.csv", status: 200 }) },
  getInvoice: { valid: async (w) => ({ as: w.admin, url: await openInvoice(w), status: 200 }), strangers: anyStranger },
  getInvoicePdf: {
    valid: async (w) => ({ as: w.admin, url: `${await openInvoice(w)}/pdf`, status: 200 }),
    strangers: anyStranger,
  },
  payInvoice: {
    valid: async (w) => {
      const url = await openInvoice(w);
      await funded(w);
      return { as: w.admin, url: `${url}/pay`, status: 200 };
    },
    strangers: clientStranger,
  },
  payInvoices: {
    valid: async (w) => {
      const id = (await openInvoice(w)).split("/").pop();
      await funded(w);
      return { as: w.admin, url: "/api/v1/invoices/pay", payload: { invoiceIds: [id] }, status: 200 };
    },
    strangers: clientStranger,
  },
  requestPayout: {
    valid: async (w) => {
      const url = await openInvoice(w);
      await funded(w);
      expect((await call(w.t, w.admin, { method: "POST", url: `${url}/pay` })).statusCode).toBe(200);
      await verifiedPayoutAccount(w.t, w.worker);
      return { as: w.worker, url: "/api/v1/payouts", payload: { amount: 1_00, currency: "USD" }, status: 201 };
    },
  },
  backdateInvoice: {
    valid: async (w) => {
      // Sandbox controls are a test server's switch (off by default): this file's server has them on from here.
      process.env.WORKLANE_SANDBOX_CONTROLS = "true";
      const id = (await openInvoice(w)).split("/").pop();
      return { as: w.staff, url: `/api/v1/staff/sandbox/invoices/${id}/backdate`, payload: { days: 1 }, status: 200 };
    },
    noStranger: "a staff-wide sandbox control: staff see every company's invoices",
  },
  listStatements: { valid: async (w) => ({ as: w.admin, url: "/api/v1/payments/statements", status: 200 }) },
  getStatement: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/payments/statements/${new Date().toISOString().slice(0, 7)}`,
      status: 200,
    }),
    noStranger: "the month names no record: each company reads its own statement for it",
  },
  listStatementInvoices: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/payments/statements/${new Date().toISOString().slice(0, 7)}/invoices`,
      status: 200,
    }),
    noStranger: "the month names no record: each company reads its own statement for it",
  },
  listStatementEntries: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/payments/statements/${new Date().toISOString().slice(0, 7)}/entries`,
      status: 200,
    }),
    noStranger: "the month names no record: each company reads its own statement for it",
  },
  getStatementPdf: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/payments/statements/${new Date().toISOString().slice(0, 7)}/pdf`,
      status: 200,
    }),
    noStranger: "the month names no record: each company reads its own statement for it",
  },
  listPayoutAccounts: { valid: async (w) => ({ as: w.worker, url: "/api/v1/payouts/accounts", status: 200 }) },
  addPayoutAccount: {
    valid: async (w) => ({
      as: w.worker,
      url: "/api/v1/payouts/accounts",
      payload: { holderName: "Wren Worker", routingNumber: "110000000", accountNumber: "000123456789" },
      status: 201,
    }),
  },
  verifyPayoutAccount: {
    valid: async (w) => ({
      as: w.worker,
      url: `/api/v1/payouts/accounts/${await pendingPayoutAccount(w)}/verify`,
      payload: { amounts: [45, 32] },
      status: 200,
    }),
    strangers: workerStranger,
  },
  removePayoutAccount: {
    valid: async (w) => ({
      as: w.worker,
      url: `/api/v1/payouts/accounts/${await pendingPayoutAccount(w)}`,
      status: 200,
    }),
    strangers: workerStranger,
  },
  listPayouts: { valid: async (w) => ({ as: w.worker, url: "/api/v1/payouts", status: 200 }) },
  recordBankTransfer: {
    valid: async (w) => ({
      as: w.staff,
      url: "/api/v1/staff/payments/bank-transfers",
      payload: { companyId: w.admin.me.company?.id, amount: 5_00, currency: "USD", reference: "FED-REF-1" },
      status: 201,
    }),
  },
  checkLedger: { valid: async (w) => ({ as: w.staff, url: "/api/v1/staff/ledger/check", status: 200 }) },
  getCompanyPaymentsForStaff: {
    valid: async (w) => ({
      as: w.trustSafety,
      url: `/api/v1/staff/companies/${w.admin.me.company?.id}/payments`,
      status: 200,
    }),
    noStranger: "a staff-wide read: any staff member reads any company's money",
  },
  listCompaniesForStaff: { valid: async (w) => ({ as: w.staff, url: "/api/v1/staff/companies", status: 200 }) },
  getCompanyForStaff: {
    valid: async (w) => ({ as: w.staff, url: `/api/v1/staff/companies/${w.admin.me.company?.id}`, status: 200 }),
    noStranger: "a staff-wide read: staff see every company",
  },
  setCompanyPlan: {
    valid: async (w) => ({
      as: w.staff,
      url: `/api/v1/staff/companies/${w.admin.me.company?.id}/plan`,
      payload: { plan: "enterprise" },
      status: 200,
    }),
    noStranger: "a staff-wide control: staff admins set any company's plan",
  },
  // accounts
  signUp: {
    valid: async () => ({
      as: null,
      url: "/api/v1/auth/signup",
      payload: { email: uniqueEmail(), password: PASSWORD, name: "New Worker", accountType: "worker" },
      status: 202,
    }),
  },
  verifyEmail: {
    valid: async (w) => {
      const fresh = await unverifiedWorker(w.t);
      const token = tokenFrom((await lastMailTo(w.t, fresh.me.email)).text);
      return { as: null, url: "/api/v1/auth/verify-email", payload: { token }, status: 200 };
    },
  },
  resendVerificationEmail: {
    valid: async (w) => ({ as: await unverifiedWorker(w.t), url: "/api/v1/me/verification-email", status: 202 }),
  },
  logIn: {
    valid: async (w) => ({
      as: null,
      url: "/api/v1/auth/login",
      payload: { email: w.worker.me.email, password: PASSWORD },
      status: 200,
    }),
  },
  logOut: { valid: async (w) => ({ as: await w.relogin(w.worker), url: "/api/v1/auth/logout", status: 200 }) },
  requestPasswordReset: {
    valid: async (w) => ({
      as: null,
      url: "/api/v1/auth/password-reset",
      payload: { email: w.otherWorker.me.email },
      status: 202,
    }),
  },
  resetPassword: {
    valid: async (w) => {
      const fresh = await worker(w.t);
      await w.t.inject({ method: "POST", url: "/api/v1/auth/password-reset", payload: { email: fresh.me.email } });
      await w.t.runJobs();
      const token = tokenFrom((await lastMailTo(w.t, fresh.me.email)).text);
      return {
        as: null,
        url: "/api/v1/auth/password-reset/confirm",
        payload: { token, password: "a brand new password" },
        status: 200,
      };
    },
  },
  getSession: { valid: async (w) => ({ as: w.admin, url: "/api/v1/auth/session", status: 200 }) },
  getMe: { valid: async (w) => ({ as: w.admin, url: "/api/v1/me", status: 200 }) },
  updateMe: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/me",
      payload: { name: "Ada Admin", timeZone: "Europe/Paris" },
      status: 200,
    }),
  },
  changePassword: {
    valid: async (w) => ({
      as: await worker(w.t),
      url: "/api/v1/me/password",
      payload: { currentPassword: PASSWORD, newPassword: "another long password" },
      status: 200,
    }),
  },
  listApiKeys: { valid: async (w) => ({ as: w.admin, url: "/api/v1/api-keys", status: 200 }) },
  createApiKey: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/api-keys", payload: { name: "ci" }, status: 201 }),
  },
  revokeApiKey: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/api-keys/${(await createdApiKey(w)).id}/revoke`,
      status: 200,
    }),
    strangers: (w) => [w.otherAdmin, w.worker],
  },
  listMembers: { valid: async (w) => ({ as: w.admin, url: "/api/v1/members", status: 200 }) },
  changeMemberRole: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/members/${(await teammate(w.t, w.admin, "viewer")).me.id}`,
      payload: { role: "finance" },
      status: 200,
    }),
    strangers: (w) => [w.otherAdmin],
  },
  removeMember: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/members/${(await teammate(w.t, w.admin, "viewer")).me.id}/remove`,
      status: 200,
    }),
    strangers: (w) => [w.otherAdmin],
  },
  listInvitations: { valid: async (w) => ({ as: w.admin, url: "/api/v1/invitations", status: 200 }) },
  inviteMember: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/invitations",
      payload: { email: uniqueEmail("invitee"), role: "manager" },
      status: 201,
    }),
  },
  revokeInvitation: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/invitations/${(await invitation(w)).id}/revoke`, status: 200 }),
    strangers: (w) => [w.otherAdmin],
  },
  previewInvitation: {
    valid: async (w) => ({
      as: null,
      url: `/api/v1/invitations/preview?token=${(await invitation(w)).token}`,
      status: 200,
    }),
  },
  acceptInvitation: {
    valid: async (w) => ({
      as: null,
      url: "/api/v1/invitations/accept",
      payload: { token: (await invitation(w)).token, name: "Ivy Invitee", password: PASSWORD },
      status: 201,
    }),
  },
  listUsersForStaff: { valid: async (w) => ({ as: w.staff, url: "/api/v1/staff/users", status: 200 }) },

  // policies
  getPolicyOverview: { valid: async (w) => ({ as: w.worker, url: "/api/v1/policies", status: 200 }) },
  acceptPolicies: {
    valid: async (w) => {
      const fresh = await client(w.t);
      const pending = json(await call(w.t, fresh, { method: "GET", url: "/api/v1/policies" })).pending as {
        versionId: string;
      }[];
      return {
        as: fresh,
        url: "/api/v1/policies/accept",
        payload: { versionIds: pending.map((p) => p.versionId) },
        status: 200,
      };
    },
  },
  getPolicyDocument: {
    valid: async () => ({ as: null, url: "/api/v1/policies/terms_of_service", status: 200 }),
    noStranger: "policy documents are public",
  },
  getPolicyVersion: {
    valid: async () => ({ as: null, url: "/api/v1/policies/terms_of_service/versions/1", status: 200 }),
    noStranger: "policy documents are public",
  },
  publishPolicyVersion: {
    valid: async (w) => ({
      as: w.staff,
      url: "/api/v1/policies/violation_guidelines/versions",
      payload: { title: "Community Violation Guidelines", body: "# Rules\n\nBe kind.", summaryOfChanges: "Shorter." },
      status: 201,
    }),
    noStranger: "policies are platform-wide; staff admins publish them",
    after: acceptForAll,
  },

  // companies
  getMyCompany: { valid: async (w) => ({ as: w.admin, url: "/api/v1/companies/me", status: 200 }) },
  updateCompany: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/companies/me",
      payload: { about: "We install things." },
      status: 200,
    }),
  },
  updateCompanySettings: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/companies/me/settings",
      payload: { paymentTermsDays: 45 },
      status: 200,
    }),
  },
  updatePaymentSettings: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/companies/me/payment-settings",
      payload: { securedFunds: false },
      status: 200,
    }),
  },
  getPublicCompany: {
    valid: async (w) => ({ as: null, url: `/api/v1/companies/${w.admin.me.company?.id}`, status: 200 }),
    noStranger: "company profiles are public pages",
  },

  // workers
  getMyWorkerProfile: { valid: async (w) => ({ as: w.worker, url: "/api/v1/workers/me", status: 200 }) },
  updateWorkerProfile: {
    valid: async (w) => ({
      as: w.worker,
      url: "/api/v1/workers/me",
      payload: { headline: "Low-voltage technician" },
      status: 200,
    }),
  },
  suggestPlaces: {
    valid: async (w) => ({ as: w.worker, url: "/api/v1/places?q=charl", status: 200 }),
    noStranger: "the world's cities are the same for everyone signed in",
  },
  getPublicWorker: {
    valid: async (w) => ({ as: null, url: `/api/v1/workers/${w.worker.me.id}`, status: 200 }),
    noStranger: "worker profiles are public pages",
  },

  // assignments
  createAssignment: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/assignments", payload: assignmentBody(w.t), status: 201 }),
  },
  previewAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/assignments/preview",
      payload: { title: "Mount four screens", pricing: { type: "flat", amount: 20_000 } },
      status: 200,
    }),
  },
  getAssignment: {
    valid: async (w) => ({ as: w.admin, url: await assignmentAt(w, "sent"), status: 200 }),
    strangers: anyStranger,
  },
  getTimeline: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "sent")}/timeline`, status: 200 }),
    strangers: anyStranger,
  },
  updateAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: await assignmentAt(w, "draft"),
      payload: { version: 1, title: "Mount four screens in the lobby" },
      status: 200,
    }),
    strangers: clientStranger,
  },
  listAssignments: { valid: async (w) => ({ as: w.admin, url: "/api/v1/assignments?status=draft", status: 200 }) },
  exportAssignmentsCsv: { valid: async (w) => ({ as: w.admin, url: "/api/v1/assignments/export.csv", status: 200 }) },
  listWorkerInbox: { valid: async (w) => ({ as: w.worker, url: "/api/v1/assignments/inbox", status: 200 }) },
  sendAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "draft")}/send`,
      payload: { workerIds: [w.worker.me.id] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  addRecipients: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "sent")}/recipients`,
      payload: { workerIds: [w.otherWorker.me.id] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  withdrawAssignment: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "sent")}/withdraw`, status: 200 }),
    strangers: clientStranger,
  },
  acceptAssignment: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "sent")}/accept`, status: 200 }),
    strangers: workerStranger,
  },
  applyForAssignment: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "sent", { routingMode: "applications" })}/apply`,
      payload: { message: "I know this site." },
      status: 200,
    }),
    strangers: workerStranger,
  },
  selectApplication: {
    valid: async (w) => {
      const url = await assignmentAt(w, "sent", { routingMode: "applications" });
      const applied = await call(w.t, w.worker, { method: "POST", url: `${url}/apply`, payload: {} });
      const [application] = (json(applied).applications as { id: string }[]) ?? [];
      return { as: w.admin, url: `${url}/applications/${application?.id}/select`, status: 200 };
    },
    strangers: clientStranger,
  },
  declineAssignment: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "sent")}/decline`,
      payload: { reason: "Too far for me." },
      status: 200,
    }),
    strangers: workerStranger,
  },
  confirmAssignment: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "assigned")}/confirm`, status: 200 }),
    strangers: workerStranger,
  },
  checkInAssignment: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "assigned")}/check-in`, status: 200 }),
    strangers: workerStranger,
  },
  checkOutAssignment: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "in_progress")}/check-out`, status: 200 }),
    strangers: workerStranger,
  },
  submitAssignment: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "in_progress")}/submit`,
      payload: { hours: 3 },
      status: 200,
    }),
    strangers: workerStranger,
  },
  abandonAssignment: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "assigned")}/abandon`,
      payload: { reason: "Sick today." },
      status: 200,
    }),
    strangers: workerStranger,
  },
  approveAssignment: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "submitted")}/approve`, status: 200 }),
    strangers: clientStranger,
  },
  returnAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "submitted")}/return`,
      payload: { reason: "Photos missing." },
      status: 200,
    }),
    strangers: clientStranger,
  },
  cancelAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "assigned")}/cancel`,
      payload: { reason: "The store closed." },
      status: 200,
    }),
    strangers: clientStranger,
  },
  markNoShow: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "assigned", {}, -1)}/no-show`, status: 200 }),
    strangers: clientStranger,
  },
  holdAssignment: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "assigned")}/hold`,
      payload: { reason: "Waiting for parts." },
      status: 200,
    }),
    strangers: clientStranger,
  },
  resumeAssignment: {
    valid: async (w) => {
      const url = await assignmentAt(w, "assigned");
      await act(w.t, w.admin, url.split("/").pop() ?? "", "hold", { reason: "Waiting for parts." });
      return { as: w.admin, url: `${url}/resume`, status: 200 };
    },
    strangers: clientStranger,
  },
  voidAssignment: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "draft")}/void`, status: 200 }),
    strangers: clientStranger,
  },

  // assignments: deliverables and attachments
  getDeliverables: {
    valid: async (w) => ({ as: w.worker, url: `${(await withDeliverables(w)).url}/deliverables`, status: 200 }),
    strangers: anyStranger,
  },
  defineDeliverables: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "draft")}/deliverables`,
      payload: { requirements: [{ kind: "photo", title: "Before and after", requiredCount: 2 }] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  uploadDeliverableFile: {
    valid: async (w) => {
      const d = await withDeliverables(w);
      return {
        as: w.worker,
        url: `${d.url}/deliverables/requirements/${d.photo}/files`,
        ...multipartFile(PNG_BYTES, "counter.png", "image/png"),
        status: 201,
      };
    },
    strangers: workerStranger,
  },
  captureSignature: {
    valid: async (w) => {
      const d = await withDeliverables(w);
      return {
        as: w.worker,
        url: `${d.url}/deliverables/requirements/${d.signature}/signature`,
        payload: { dataUrl: `data:image/png;base64,${PNG_BYTES.toString("base64")}`, signerName: "Dana" },
        status: 201,
      };
    },
    strangers: workerStranger,
  },
  writeReport: {
    valid: async (w) => {
      const d = await withDeliverables(w);
      return {
        as: w.worker,
        url: `${d.url}/deliverables/requirements/${d.report}/report`,
        payload: { text: "All done." },
        status: 200,
      };
    },
    strangers: workerStranger,
  },
  downloadDeliverableFile: {
    valid: async (w) => ({ as: w.admin, url: await handedInPhoto(w), status: 200 }),
    strangers: anyStranger,
  },
  removeDeliverableFile: {
    valid: async (w) => ({ as: w.worker, url: await handedInPhoto(w), status: 200 }),
    strangers: workerStranger,
  },
  tickChecklistItem: {
    valid: async (w) => {
      const d = await withDeliverables(w);
      return { as: w.worker, url: `${d.url}/deliverables/checklist/${d.item}`, payload: { done: true }, status: 200 };
    },
    strangers: workerStranger,
  },
  fillCustomField: {
    valid: async (w) => {
      const d = await withDeliverables(w);
      return { as: w.worker, url: `${d.url}/deliverables/fields/${d.field}`, payload: { value: 2 }, status: 200 };
    },
    strangers: anyStranger,
  },
  listAttachments: {
    valid: async (w) => ({ as: w.worker, url: `${await assignmentAt(w, "assigned")}/attachments`, status: 200 }),
    strangers: anyStranger,
  },
  addAttachment: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await assignmentAt(w, "draft")}/attachments`,
      ...multipartFile(Buffer.from("%PDF-1.4 drawing"), "drawing.pdf", "application/pdf"),
      status: 201,
    }),
    strangers: clientStranger,
  },
  downloadAttachment: {
    valid: async (w) => ({ as: w.worker, url: await attachment(w), status: 200 }),
    strangers: anyStranger,
  },
  removeAttachment: {
    valid: async (w) => ({ as: w.admin, url: await attachment(w), status: 200 }),
    strangers: clientStranger,
  },

  // assignment templates
  listAssignmentTemplates: { valid: async (w) => ({ as: w.admin, url: "/api/v1/assignment-templates", status: 200 }) },
  saveAssignmentTemplate: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/assignment-templates",
      payload: { assignmentId: (await assignmentAt(w, "draft")).split("/").pop(), name: `Matrix ${uniqueEmail()}` },
      status: 201,
    }),
    strangers: clientStranger,
  },
  getAssignmentTemplate: {
    valid: async (w) => ({ as: w.admin, url: await template(w), status: 200 }),
    strangers: clientStranger,
  },
  deleteAssignmentTemplate: {
    valid: async (w) => ({ as: w.admin, url: await template(w), status: 200 }),
    strangers: clientStranger,
  },
  createAssignmentFromTemplate: {
    valid: async (w) => ({ as: w.admin, url: `${await template(w)}/assignments`, payload: {}, status: 201 }),
    strangers: clientStranger,
  },
  importAssignmentsCsv: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/assignment-templates/import",
      payload: "title,location_type,time_zone,pricing_type,amount\nMatrix row,remote,UTC,flat,10\n",
      headers: { "content-type": "text/csv" },
      status: 200,
    }),
  },

  // assignments: requests
  listAssignmentRequests: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "assigned")}/requests`, status: 200 }),
    strangers: anyStranger,
  },
  makeAssignmentRequest: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "assigned")}/requests`,
      payload: { kind: "budget_increase", amount: 5_000, reason: "A second cable run." },
      status: 201,
    }),
    strangers: anyStranger,
  },
  listMessages: {
    valid: async (w) => ({ as: w.admin, url: `${await assignmentAt(w, "assigned")}/messages`, status: 200 }),
    strangers: anyStranger,
  },
  postMessage: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "sent")}/messages`,
      payload: { kind: "question", body: "Is there parking?" },
      status: 201,
    }),
    strangers: anyStranger,
  },
  editMessage: {
    valid: async (w) => {
      const url = `${await assignmentAt(w, "assigned")}/messages`;
      const note = await call(w.t, w.admin, {
        method: "POST",
        url,
        payload: { kind: "note", body: "Check the badge" },
      });
      expect(note.statusCode, note.body).toBe(201);
      return { as: w.admin, url: `${url}/${json(note).id}`, payload: { body: "Check the badge twice" }, status: 200 };
    },
    strangers: anyStranger,
  },
  attachMessageFile: {
    valid: async (w) => {
      const url = `${await assignmentAt(w, "assigned")}/messages`;
      const message = await call(w.t, w.worker, { method: "POST", url, payload: { kind: "message", body: "Photo" } });
      expect(message.statusCode, message.body).toBe(201);
      return {
        as: w.worker,
        url: `${url}/${json(message).id}/files`,
        ...multipartFile(PNG_BYTES, "meter.png", "image/png"),
        status: 201,
      };
    },
    strangers: anyStranger,
  },
  downloadMessageFile: {
    valid: async (w) => {
      const url = `${await assignmentAt(w, "assigned")}/messages`;
      const message = await call(w.t, w.admin, { method: "POST", url, payload: { kind: "message", body: "Plan" } });
      expect(message.statusCode, message.body).toBe(201);
      const file = await call(w.t, w.admin, {
        method: "POST",
        url: `${url}/${json(message).id}/files`,
        ...multipartFile(Buffer.from("%PDF-1.4 plan"), "plan.pdf", "application/pdf"),
      });
      expect(file.statusCode, file.body).toBe(201);
      return { as: w.worker, url: String(json(file).url), status: 200 };
    },
    strangers: anyStranger,
  },
  listNotifications: {
    valid: async (w) => ({ as: w.worker, url: "/api/v1/notifications", status: 200 }),
    noStranger: "everyone reads only their own inbox",
  },
  streamNotifications: {
    valid: async (w) => ({ as: w.worker, url: "/api/v1/notifications/stream?maxSeconds=0", status: 200 }),
    noStranger: "everyone streams only their own notifications",
  },
  getNotificationPreferences: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/notification-preferences", status: 200 }),
    noStranger: "everyone reads only their own preferences",
  },
  updateNotificationPreferences: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/notification-preferences",
      payload: { preferences: [{ type: "message.received", channel: "both", digest: false }] },
      status: 200,
    }),
    noStranger: "everyone changes only their own preferences",
  },
  markNotificationsRead: {
    valid: async (w) => ({ as: w.worker, url: "/api/v1/notifications/read", payload: { all: true }, status: 200 }),
    noStranger: "everyone marks only their own notifications",
  },
  acceptAssignmentRequest: {
    valid: async (w) => ({ as: w.admin, url: `${await pendingRequest(w, "expense")}/accept`, status: 200 }),
    strangers: anyStranger,
  },
  declineAssignmentRequest: {
    valid: async (w) => ({ as: w.worker, url: `${await pendingRequest(w, "bonus")}/decline`, status: 200 }),
    strangers: anyStranger,
  },
  withdrawAssignmentRequest: {
    valid: async (w) => ({ as: w.worker, url: `${await pendingRequest(w, "expense")}/withdraw`, status: 200 }),
    strangers: anyStranger,
  },

  // escalations
  openEscalation: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await assignmentAt(w, "submitted")}/escalations`,
      payload: { category: "other", details: "The client has not answered.", desiredOutcome: "An answer." },
      status: 201,
    }),
    strangers: anyStranger,
  },
  listEscalations: { valid: async (w) => ({ as: w.worker, url: "/api/v1/escalations", status: 200 }) },
  getEscalation: { valid: async (w) => ({ as: w.admin, url: await openCase(w), status: 200 }), strangers: anyStranger },
  postEscalationMessage: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await openCase(w)}/messages`,
      payload: { body: "We will look at it today." },
      status: 200,
    }),
    strangers: anyStranger,
  },
  attachEscalationFile: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await openCase(w)}/files`,
      ...multipartFile(PNG_BYTES, "wall.png", "image/png"),
      status: 201,
    }),
    strangers: anyStranger,
  },
  downloadEscalationFile: {
    valid: async (w) => {
      const file = await call(w.t, w.worker, {
        method: "POST",
        url: `${await openCase(w)}/files`,
        ...multipartFile(PNG_BYTES, "wall.png", "image/png"),
      });
      expect(file.statusCode, file.body).toBe(201);
      return { as: w.admin, url: String(json(file).url), status: 200 };
    },
    strangers: anyStranger,
  },
  takeEscalation: {
    valid: async (w) => ({ as: w.escalations, url: `${await openCase(w)}/take`, status: 200 }),
    noStranger: "the escalations team sees every case",
  },
  closeEscalation: {
    valid: async (w) => ({
      as: w.escalations,
      url: `${await openCase(w)}/close`,
      payload: { summary: "No agreement was reached." },
      status: 200,
    }),
    noStranger: "the escalations team sees every case",
  },
  proposeSettlement: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await openCase(w)}/proposals`,
      payload: { kind: "release" },
      status: 201,
    }),
    strangers: anyStranger,
  },
  acceptProposal: {
    valid: async (w) => ({ as: w.admin, url: `${await caseProposal(w)}/accept`, status: 200 }),
    strangers: anyStranger,
  },
  declineProposal: {
    valid: async (w) => ({ as: w.admin, url: `${await caseProposal(w)}/decline`, status: 200 }),
    strangers: anyStranger,
  },
  escalationDashboard: {
    valid: async (w) => ({ as: w.escalations, url: "/api/v1/staff/escalations/dashboard", status: 200 }),
  },
  withdrawEscalation: {
    valid: async (w) => ({ as: w.worker, url: `${await openCase(w)}/withdraw`, payload: {}, status: 200 }),
    strangers: anyStranger,
  },

  // history
  listEvents: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/events?subject=company:${w.admin.me.company?.id}`,
      status: 200,
    }),
    strangers: (w) => [w.otherAdmin, w.worker],
  },
};

/** A fingerprint of every table: row count and a hash of all rows, so updates show as well as inserts. */
async function snapshot(): Promise<Map<string, string>> {
  const tables = await t.db.execute<{ name: string }>(
    sql`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY 1`,
  );
  const names = (tables as unknown as { rows: { name: string }[] }).rows.map((r) => r.name);
  const query = names
    .map(
      (name) =>
        `SELECT '${name}' AS name, count(*)::text || ':' || md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS print FROM "${name}" x`,
    )
    .join(" UNION ALL ");
  const result = (await t.db.execute(sql.raw(query))) as unknown as { rows: { name: string; print: string }[] };
  return new Map(result.rows.map((r) => [r.name, r.print]));
}

function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...new Set([...before.keys(), ...after.keys()])].filter((name) => before.get(name) !== after.get(name));
}

const roleOrder: CompanyRole[] = ["viewer", "finance", "manager", "admin"];
const expectedCode: Record<number, string> = { 401: "unauthenticated", 403: "forbidden", 404: "not_found" };

interface Denial {
  name: string;
  headers: Record<string, string>;
  status: 401 | 403 | 404;
  /** Runs the request at another time (the expired session). */
  shiftClock?: number;
}

async function denialsFor(route: RouteInfo, row: Row, valid: Valid, w: World): Promise<Denial[]> {
  const denials: Denial[] = [];
  const level = route.auth;
  if (level !== "public") {
    denials.push({ name: "logged out", headers: {}, status: 401 });
    const owner = valid.as ?? w.admin;
    denials.push({ name: "expired session", headers: owner.headers, status: 401, shiftClock: 31 * DAY });
  }
  denials.push({ name: "revoked API key", headers: { authorization: `Bearer ${w.revokedKey}` }, status: 401 });
  const wrongKinds: [string, Session][] =
    level === "client"
      ? [
          ["worker", w.worker],
          ["staff", w.staff],
        ]
      : level === "worker"
        ? [
            ["client", w.admin],
            ["staff", w.staff],
          ]
        : level.startsWith("staff")
          ? [
              ["client", w.admin],
              ["worker", w.worker],
            ]
          : [];
  if (level.startsWith("staff:")) {
    wrongKinds.push(["staff without the role", level === "staff:escalations" ? w.trustSafety : w.escalations]);
  }
  for (const [name, as] of wrongKinds) {
    denials.push({ name: `as a ${name}`, headers: as.headers, status: 403 });
  }
  const smaller = route.roles ? roleOrder.find((role) => !route.roles?.includes(role)) : undefined;
  if (smaller) {
    denials.push({ name: `as a ${smaller}`, headers: (await w.member(smaller)).headers, status: 403 });
  }
  for (const stranger of row.strangers?.(w) ?? []) {
    denials.push({ name: `as ${stranger.me.email} of another tenant`, headers: stranger.headers, status: 404 });
  }
  return denials;
}

async function send(route: RouteInfo, valid: Valid, headers: Record<string, string>) {
  const options: InjectOptions = {
    method: route.method as InjectOptions["method"],
    url: valid.url,
    headers: { ...valid.headers, ...headers },
  };
  if (valid.payload !== undefined) {
    options.payload = valid.payload as InjectOptions["payload"];
  }
  return t.inject(options);
}

const apiRoutes = t.routes().filter((route) => route.url.startsWith("/api/v1/"));
let world: World;

beforeAll(async () => {
  const [admin, otherAdmin, aWorker, otherWorker] = [
    await client(t),
    await client(t),
    await worker(t),
    await worker(t),
  ];
  const members = new Map<CompanyRole, Session>();
  const key = await call(t, admin, { method: "POST", url: "/api/v1/api-keys", payload: { name: "revoked" } });
  const revoked = key.json() as { apiKey: { id: string }; token: string };
  await call(t, admin, { method: "POST", url: `/api/v1/api-keys/${revoked.apiKey.id}/revoke` });
  world = {
    t,
    admin,
    otherAdmin,
    worker: aWorker,
    otherWorker,
    staff: await staffMember(t, "admin"),
    escalations: await staffMember(t, "escalations"),
    trustSafety: await staffMember(t, "trust_safety"),
    revokedKey: revoked.token,
    async member(role) {
      const known = members.get(role) ?? (await teammate(t, admin, role));
      members.set(role, known);
      return known;
    },
    async relogin(as) {
      const login = await t.inject({
        method: "POST",
        url: "/api/v1/auth/login",
        payload: { email: as.me.email, password: PASSWORD },
      });
      expect(login.statusCode, login.body).toBe(200);
      return sessionFrom(login);
    },
  };
  await acceptForAll(world);
});

describe("the denial matrix", () => {
  it("has a row for every /api/v1 route, keyed by operationId, and no row for a route that is gone", () => {
    const missing = apiRoutes
      .filter((route) => !route.operationId || !rows[route.operationId])
      .map((route) => `${route.method} ${route.url} (${route.operationId ?? "no operationId"})`);
    expect(missing, "add a row to `rows` in test/authz-matrix.test.ts for each of these routes").toEqual([]);
    const known = new Set(apiRoutes.map((route) => route.operationId));
    expect(
      Object.keys(rows).filter((id) => !known.has(id)),
      "rows for routes that no longer exist",
    ).toEqual([]);
  });

  it("finds only public GET routes outside /api/v1", () => {
    const others = t
      .routes()
      .filter((route) => !route.url.startsWith("/api/v1/"))
      .filter((route) => route.auth !== "public" || !["GET"].includes(route.method))
      .map((route) => `${route.method} ${route.url} (${route.auth})`);
    expect(others).toEqual([]);
  });

  // A route without a row fails the first test above; a skipped copy of it here would only add noise.
  for (const route of apiRoutes) {
    const row = route.operationId ? rows[route.operationId] : undefined;
    if (!row) {
      continue;
    }
    const title = `${route.method} ${route.url} (${route.operationId}, auth ${route.auth}${route.roles ? `, roles ${route.roles.join("|")}` : ""})`;
    it(title, async () => {
      const namesRecord = route.url.includes(":");
      expect(
        !namesRecord || Boolean(row.strangers) || Boolean(row.noStranger),
        `${route.operationId} names a record in its URL: give its row \`strangers\` (who must get 404) or \`noStranger\` (why none)`,
      ).toBe(true);
      const valid = await row.valid(world);
      const denials = await denialsFor(route, row, valid, world);
      // Webhook attempts a setup's jobs started are recorded when their answer comes; wait for them, or one lands
      // during a refused request and looks like its write (seen on a loaded machine).
      await sender.settled();
      let before = await snapshot();
      for (const denial of denials) {
        t.clock.advance(denial.shiftClock ?? 0);
        const response = await send(route, valid, denial.headers);
        t.clock.advance(-(denial.shiftClock ?? 0));
        const after = await snapshot();
        expect(response.statusCode, `${denial.name}: ${response.body}`).toBe(denial.status);
        expect(response.headers["content-type"], denial.name).toContain("application/problem+json");
        expect(json(response).code, denial.name).toBe(expectedCode[denial.status]);
        expect(changedTables(before, after), `${denial.name} changed the database`).toEqual([]);
        before = after;
      }
      const owner = await send(route, valid, valid.as?.headers ?? {});
      expect(owner.statusCode, `the owner's request (a wrong row?): ${owner.body}`).toBe(valid.status);
      await row.after?.(world);
    });
  }
});
