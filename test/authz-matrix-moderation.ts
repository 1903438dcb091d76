/**
 * The denial matrix's rows for the moderation routes (issue 15, items 7 to 9), kept beside the matrix
 * (test/authz-matrix.test.ts spreads them into its `rows`). Reports are the reporter's and Trust & Safety's: another
 * tenant hears 404. Sanctions are the party's: the matrix's worker gets warnings only, which restrict nothing, so the
 * other rows keep working.
 */
import { expect } from "vitest";
import { call, multipartFile, PNG_BYTES, type Session, staffMember } from "./given";
import type { TestApp } from "./harness";

interface ModerationWorld {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
  trustSafety: Session;
}
interface ModerationRow {
  valid(w: ModerationWorld): Promise<{
    as: Session | null;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
    status: number;
  }>;
  strangers?: (w: ModerationWorld) => Session[];
  noStranger?: string;
}

const inWeeks = (w: ModerationWorld, n: number) =>
  new Date(w.t.clock.now().getTime() + n * 7 * 86_400_000).toISOString();

/** The matrix's worker reports company A: the report's id. */
async function reportOf(w: ModerationWorld): Promise<string> {
  const filed = await call(w.t, w.worker, {
    method: "POST",
    url: "/api/v1/reports",
    payload: {
      subjectType: "company",
      subjectId: w.admin.me.company?.id,
      rule: "CVG-1.6",
      details: "Approved work has not been paid for a month.",
    },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  return filed.json().id;
}

async function evidenceOf(w: ModerationWorld): Promise<string> {
  const id = await reportOf(w);
  const file = multipartFile(PNG_BYTES, "proof.png", "image/png");
  const added = await call(w.t, w.worker, {
    method: "POST",
    url: `/api/v1/reports/${id}/evidence`,
    payload: file.payload,
    headers: file.headers,
  });
  expect(added.statusCode, added.body).toBe(201);
  return `/api/v1/reports/${id}/evidence/${added.json().evidence[0].id}`;
}

/** A warning on the matrix's worker (it restricts nothing), issued by `by`: the sanction's URL. */
async function warningOnWorker(w: ModerationWorld, by: Session = w.trustSafety): Promise<string> {
  const filed = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/reports",
    payload: { subjectType: "user", subjectId: w.worker.me.id, rule: "CVG-1.5", details: "Did not show up twice." },
  });
  expect(filed.statusCode, filed.body).toBe(201);
  const issued = await call(w.t, by, {
    method: "POST",
    url: "/api/v1/staff/sanctions",
    payload: {
      partyType: "user",
      partyId: w.worker.me.id,
      kind: "warning",
      rule: "CVG-1.5",
      reportIds: [filed.json().id],
      reason: "Two no-shows in a month without a word.",
      endsAt: inWeeks(w, 12),
    },
  });
  expect(issued.statusCode, issued.body).toBe(201);
  return `/api/v1/sanctions/${issued.json().id}`;
}

const party = (w: ModerationWorld) => [w.otherWorker, w.otherAdmin];

export const moderationRows: Record<string, ModerationRow> = {
  fileReport: {
    valid: async (w) => ({
      as: w.worker,
      url: "/api/v1/reports",
      payload: {
        subjectType: "company",
        subjectId: w.otherAdmin.me.company?.id,
        rule: "CVG-1.3",
        details: "Abusive language in the job description.",
      },
      status: 201,
    }),
  },
  listMyReports: { valid: async (w) => ({ as: w.worker, url: "/api/v1/reports", status: 200 }) },
  addReportEvidence: {
    valid: async (w) => {
      const file = multipartFile(PNG_BYTES, "proof.png", "image/png");
      return {
        as: w.worker,
        url: `/api/v1/reports/${await reportOf(w)}/evidence`,
        payload: file.payload,
        headers: file.headers,
        status: 201,
      };
    },
    strangers: party,
  },
  downloadReportEvidence: {
    valid: async (w) => ({ as: w.worker, url: await evidenceOf(w), status: 200 }),
    strangers: party,
  },
  listMySanctions: { valid: async (w) => ({ as: w.worker, url: "/api/v1/sanctions", status: 200 }) },
  getSanction: { valid: async (w) => ({ as: w.worker, url: await warningOnWorker(w), status: 200 }), strangers: party },
  appealSanction: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await warningOnWorker(w)}/appeal`,
      payload: { statement: "Both days the site was closed; I have the photos." },
      status: 200,
    }),
    strangers: party,
  },
  reportQueue: { valid: async (w) => ({ as: w.trustSafety, url: "/api/v1/staff/reports", status: 200 }) },
  getReport: {
    valid: async (w) => ({ as: w.trustSafety, url: `/api/v1/staff/reports/${await reportOf(w)}`, status: 200 }),
    noStranger: "Trust & Safety sees every report; nobody else reaches the route",
  },
  dismissReport: {
    valid: async (w) => ({
      as: w.trustSafety,
      url: `/api/v1/staff/reports/${await reportOf(w)}/dismiss`,
      payload: { reason: "Paid since; no violation." },
      status: 200,
    }),
    noStranger: "Trust & Safety sees every report; nobody else reaches the route",
  },
  issueSanction: {
    valid: async (w) => ({
      as: w.trustSafety,
      url: "/api/v1/staff/sanctions",
      payload: {
        partyType: "company",
        partyId: w.admin.me.company?.id,
        kind: "warning",
        rule: "CVG-1.6",
        reportIds: [await reportOf(w)],
        reason: "Payment withheld for a month without a dispute.",
        endsAt: inWeeks(w, 12),
      },
      status: 201,
    }),
  },
  sanctionQueue: {
    valid: async (w) => ({ as: w.trustSafety, url: "/api/v1/staff/sanctions?appeal=pending", status: 200 }),
  },
  reviewAppeal: {
    valid: async (w) => {
      const url = await warningOnWorker(w, await staffMember(w.t, "trust_safety"));
      const appealed = await call(w.t, w.worker, {
        method: "POST",
        url: `${url}/appeal`,
        payload: { statement: "Both days the site was closed; I have the photos." },
      });
      expect(appealed.statusCode, appealed.body).toBe(200);
      return {
        as: w.trustSafety,
        url: `/api/v1/staff${url.replace("/api/v1", "")}/review`,
        payload: { outcome: "lifted", reason: "The photos show the site closed both days." },
        status: 200,
      };
    },
    noStranger: "Trust & Safety reviews every appeal; nobody else reaches the route",
  },
};
