/**
 * The denial matrix's rows for skill tests and agreements (issue 12, items 2 and 3), beside the matrix like the
 * talent rows, so parallel branches do not edit one long table.
 */
import { expect } from "vitest";
import { call, multipartFile, type Session } from "./given";
import type { TestApp } from "./harness";

interface World {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
}
interface Row {
  valid(w: World): Promise<{
    as: Session | null;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
    status: number;
  }>;
  strangers?: (w: World) => Session[];
}

const testBody = {
  title: "Matrix test",
  questions: [
    { type: "single", prompt: "Pick A", points: 1, options: ["A", "B"], correct: 0 },
    { type: "text", prompt: "Why?", points: 1, guidance: null },
  ],
  passingScore: 50,
  timeLimitMinutes: 10,
  retakeAfterDays: 0,
};

async function draftTest(w: World): Promise<string> {
  const created = await call(w.t, w.admin, { method: "POST", url: "/api/v1/skill-tests", payload: testBody });
  expect(created.statusCode, created.body).toBe(201);
  return `/api/v1/skill-tests/${created.json().id}`;
}

/** A published test the matrix's worker is invited to. */
async function openTest(w: World): Promise<string> {
  const url = await draftTest(w);
  expect((await call(w.t, w.admin, { method: "POST", url: `${url}/publish` })).statusCode).toBe(200);
  const invited = await call(w.t, w.admin, {
    method: "POST",
    url: `${url}/invitations`,
    payload: { workerIds: [w.worker.me.id] },
  });
  expect(invited.statusCode, invited.body).toBe(200);
  return url;
}

async function startedAttempt(w: World): Promise<string> {
  const started = await call(w.t, w.worker, { method: "POST", url: `${await openTest(w)}/attempts` });
  expect(started.statusCode, started.body).toBe(201);
  return `/api/v1/skill-test-attempts/${started.json().id}`;
}

async function submittedAttempt(w: World): Promise<string> {
  const url = await startedAttempt(w);
  const sent = await call(w.t, w.worker, { method: "POST", url: `${url}/submit`, payload: { answers: [0, "So."] } });
  expect(sent.statusCode, sent.body).toBe(200);
  return url;
}

const PDF = Buffer.from("%PDF-1.4\n% matrix\n%%EOF\n");
const pdfForm = () => multipartFile(PDF, "terms.pdf", "application/pdf");

async function namedAgreement(w: World): Promise<string> {
  const created = await call(w.t, w.admin, { method: "POST", url: "/api/v1/agreements", payload: { title: "Terms" } });
  expect(created.statusCode, created.body).toBe(201);
  return `/api/v1/agreements/${created.json().id}`;
}

/** An agreement with a document that the matrix's worker was asked to sign: its URL and current version. */
async function askedAgreement(w: World): Promise<{ url: string; versionId: string }> {
  const url = await namedAgreement(w);
  const uploaded = await call(w.t, w.admin, { method: "POST", url: `${url}/versions?version=v1`, ...pdfForm() });
  expect(uploaded.statusCode, uploaded.body).toBe(201);
  const asked = await call(w.t, w.admin, {
    method: "POST",
    url: `${url}/requests`,
    payload: { workerIds: [w.worker.me.id] },
  });
  expect(asked.statusCode, asked.body).toBe(200);
  return { url, versionId: uploaded.json().current.id };
}

const workerStranger = (w: World) => [w.otherWorker];
const clientStranger = (w: World) => [w.otherAdmin];
const anyStranger = (w: World) => [w.otherAdmin, w.otherWorker];

export const skillTestRows: Record<string, Row> = {
  listSkillTests: { valid: async (w) => ({ as: w.worker, url: "/api/v1/skill-tests", status: 200 }) },
  createSkillTest: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/skill-tests", payload: testBody, status: 201 }),
  },
  getSkillTest: { valid: async (w) => ({ as: w.admin, url: await draftTest(w), status: 200 }), strangers: anyStranger },
  updateSkillTest: {
    valid: async (w) => ({ as: w.admin, url: await draftTest(w), payload: testBody, status: 200 }),
    strangers: clientStranger,
  },
  duplicateSkillTest: {
    valid: async (w) => ({ as: w.admin, url: `${await openTest(w)}/duplicate`, status: 201 }),
    strangers: clientStranger,
  },
  publishSkillTest: {
    valid: async (w) => ({ as: w.admin, url: `${await draftTest(w)}/publish`, status: 200 }),
    strangers: clientStranger,
  },
  inviteToSkillTest: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await openTest(w)}/invitations`,
      payload: { workerIds: [w.otherWorker.me.id] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  listSkillTestAttempts: {
    valid: async (w) => ({ as: w.worker, url: `${await openTest(w)}/attempts`, status: 200 }),
    strangers: anyStranger,
  },
  startSkillTestAttempt: {
    valid: async (w) => ({ as: w.worker, url: `${await openTest(w)}/attempts`, status: 201 }),
    strangers: workerStranger,
  },
  getSkillTestAttempt: {
    valid: async (w) => ({ as: w.worker, url: await startedAttempt(w), status: 200 }),
    strangers: anyStranger,
  },
  saveSkillTestAnswers: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await startedAttempt(w)}/answers`,
      payload: { answers: [0, null] },
      status: 200,
    }),
    strangers: workerStranger,
  },
  submitSkillTestAttempt: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await startedAttempt(w)}/submit`,
      payload: { answers: [0, "Because."] },
      status: 200,
    }),
    strangers: workerStranger,
  },
  gradeSkillTestAttempt: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await submittedAttempt(w)}/grades`,
      payload: { grades: [{ question: 1, points: 1 }] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  listAgreements: { valid: async (w) => ({ as: w.worker, url: "/api/v1/agreements", status: 200 }) },
  createAgreement: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/agreements", payload: { title: "Terms" }, status: 201 }),
  },
  getAgreement: {
    valid: async (w) => ({ as: w.worker, url: (await askedAgreement(w)).url, status: 200 }),
    strangers: anyStranger,
  },
  uploadAgreementVersion: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await namedAgreement(w)}/versions?version=v1`,
      ...pdfForm(),
      status: 201,
    }),
    strangers: clientStranger,
  },
  downloadAgreementDocument: {
    valid: async (w) => ({ as: w.worker, url: `${(await askedAgreement(w)).url}/document`, status: 200 }),
    strangers: anyStranger,
  },
  askToSignAgreement: {
    valid: async (w) => ({
      as: w.admin,
      url: `${(await askedAgreement(w)).url}/requests`,
      payload: { workerIds: [w.otherWorker.me.id] },
      status: 200,
    }),
    strangers: clientStranger,
  },
  signAgreement: {
    valid: async (w) => {
      const { url, versionId } = await askedAgreement(w);
      return { as: w.worker, url: `${url}/sign`, payload: { versionId, fullName: "Wren Worker" }, status: 200 };
    },
    strangers: workerStranger,
  },
};
