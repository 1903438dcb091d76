/**
 * The denial matrix's rows for the talent routes (issue 12) and the assignment requirement routes, kept beside the
 * matrix (test/authz-matrix.test.ts spreads them into its `rows`) so parallel branches do not edit one long table.
 */
import { expect } from "vitest";
import { act, call, draftAssignment, multipartFile, PNG_BYTES, type Session } from "./given";
import type { TestApp } from "./harness";

interface TalentWorld {
  t: TestApp;
  admin: Session;
  otherAdmin: Session;
  worker: Session;
  otherWorker: Session;
}
interface TalentRow {
  valid(w: TalentWorld): Promise<{
    as: Session | null;
    url: string;
    payload?: unknown;
    headers?: Record<string, string>;
    status: number;
  }>;
  strangers?: (w: TalentWorld) => Session[];
}

async function credential(w: TalentWorld): Promise<string> {
  const added = await call(w.t, w.worker, {
    method: "POST",
    url: "/api/v1/credentials",
    payload: { kind: "certification", name: "OSHA 30" },
  });
  expect(added.statusCode, added.body).toBe(201);
  return `/api/v1/credentials/${added.json().id}`;
}

async function withDocument(w: TalentWorld): Promise<string> {
  const url = await credential(w);
  const uploaded = await call(w.t, w.worker, {
    method: "POST",
    url: `${url}/document`,
    ...multipartFile(PNG_BYTES, "card.png", "image/png"),
  });
  expect(uploaded.statusCode, uploaded.body).toBe(200);
  return `${url}/document`;
}

const setBody = { name: "Matrix set", requirements: [{ type: "country", country: "US" }] };

async function requirementSet(w: TalentWorld): Promise<string> {
  const created = await call(w.t, w.admin, { method: "POST", url: "/api/v1/requirement-sets", payload: setBody });
  expect(created.statusCode, created.body).toBe(201);
  return created.json().id;
}

async function sentToWorker(w: TalentWorld): Promise<string> {
  const draft = await draftAssignment(w.t, w.admin);
  await act(w.t, w.admin, draft.id, "send", { workerIds: [w.worker.me.id] });
  return `/api/v1/assignments/${draft.id}`;
}

async function talentPool(w: TalentWorld, body: Record<string, unknown> = {}): Promise<string> {
  const created = await call(w.t, w.admin, {
    method: "POST",
    url: "/api/v1/talent-pools",
    payload: { name: "Matrix pool", visibility: "private", ...body },
  });
  expect(created.statusCode, created.body).toBe(201);
  return `/api/v1/talent-pools/${created.json().id}`;
}

/** A private pool the matrix's worker was invited to (so the other worker cannot see it). */
async function invitedPool(w: TalentWorld, body: Record<string, unknown> = {}): Promise<string> {
  const url = await talentPool(w, body);
  const invited = await call(w.t, w.admin, {
    method: "POST",
    url: `${url}/invitations`,
    payload: { workerId: w.worker.me.id },
  });
  expect(invited.statusCode, invited.body).toBe(200);
  return url;
}

const workerStranger = (w: TalentWorld) => [w.otherWorker];
const clientStranger = (w: TalentWorld) => [w.otherAdmin];

export const talentRows: Record<string, TalentRow> = {
  listMyCredentials: { valid: async (w) => ({ as: w.worker, url: "/api/v1/credentials", status: 200 }) },
  addCredential: {
    valid: async (w) => ({
      as: w.worker,
      url: "/api/v1/credentials",
      payload: { kind: "screening", name: "drug", performedOn: "2026-01-05", issuer: "Quest" },
      status: 201,
    }),
  },
  uploadCredentialDocument: {
    valid: async (w) => ({
      as: w.worker,
      url: `${await credential(w)}/document`,
      ...multipartFile(PNG_BYTES, "card.png", "image/png"),
      status: 200,
    }),
    strangers: workerStranger,
  },
  downloadCredentialDocument: {
    valid: async (w) => ({ as: w.worker, url: await withDocument(w), status: 200 }),
    strangers: workerStranger,
  },
  verifyCredential: {
    valid: async (w) => ({ as: w.admin, url: `${await credential(w)}/verify`, payload: { note: null }, status: 200 }),
    strangers: workerStranger,
  },
  rejectCredential: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await credential(w)}/reject`,
      payload: { reason: "Unreadable scan" },
      status: 200,
    }),
    strangers: workerStranger,
  },
  listWorkerCredentials: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/workers/${w.worker.me.id}/credentials`, status: 200 }),
    strangers: workerStranger,
  },
  listRequirementSets: { valid: async (w) => ({ as: w.admin, url: "/api/v1/requirement-sets", status: 200 }) },
  createRequirementSet: {
    valid: async (w) => ({ as: w.admin, url: "/api/v1/requirement-sets", payload: setBody, status: 201 }),
  },
  getRequirementSet: {
    valid: async (w) => ({ as: w.admin, url: `/api/v1/requirement-sets/${await requirementSet(w)}`, status: 200 }),
    strangers: clientStranger,
  },
  updateRequirementSet: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/requirement-sets/${await requirementSet(w)}`,
      payload: { ...setBody, name: "Renamed" },
      status: 200,
    }),
    strangers: clientStranger,
  },
  getAssignmentRequirements: {
    valid: async (w) => ({ as: w.worker, url: `${await sentToWorker(w)}/requirements`, status: 200 }),
    strangers: (w) => [w.otherAdmin, w.otherWorker],
  },
  listTalentPools: { valid: async (w) => ({ as: w.admin, url: "/api/v1/talent-pools", status: 200 }) },
  createTalentPool: {
    valid: async (w) => ({
      as: w.admin,
      url: "/api/v1/talent-pools",
      payload: { name: "Matrix pool", visibility: "public" },
      status: 201,
    }),
  },
  getTalentPool: {
    valid: async (w) => ({ as: w.admin, url: await talentPool(w), status: 200 }),
    strangers: (w) => [w.otherAdmin, w.otherWorker],
  },
  applyToTalentPool: {
    valid: async (w) => ({ as: w.worker, url: `${await invitedPool(w)}/apply`, status: 200 }),
    strangers: workerStranger,
  },
  inviteToTalentPool: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await talentPool(w)}/invitations`,
      payload: { workerId: w.worker.me.id },
      status: 200,
    }),
    strangers: clientStranger,
  },
  approvePoolMember: {
    valid: async (w) => {
      const url = await invitedPool(w, { autoJoin: false });
      const applied = await call(w.t, w.worker, { method: "POST", url: `${url}/apply` });
      expect(applied.statusCode, applied.body).toBe(200);
      return { as: w.admin, url: `${url}/members/${w.worker.me.id}/approve`, status: 200 };
    },
    strangers: clientStranger,
  },
  overridePoolRequirements: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await talentPool(w)}/overrides`,
      payload: { workerId: w.worker.me.id, reason: "Known to us" },
      status: 200,
    }),
    strangers: clientStranger,
  },
  messagePoolMembers: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await talentPool(w)}/messages`,
      payload: { subject: "Shift change", text: "Nights start at 21:00." },
      status: 200,
    }),
    strangers: clientStranger,
  },
  getAttachedRequirementSet: {
    valid: async (w) => ({ as: w.worker, url: `${await sentToWorker(w)}/requirement-set`, status: 200 }),
    strangers: (w) => [w.otherAdmin, w.otherWorker],
  },
  attachRequirementSet: {
    valid: async (w) => ({
      as: w.admin,
      url: `/api/v1/assignments/${(await draftAssignment(w.t, w.admin)).id}/requirement-set`,
      payload: { requirementSetId: await requirementSet(w) },
      status: 200,
    }),
    strangers: clientStranger,
  },
  overrideAssignmentRequirements: {
    valid: async (w) => ({
      as: w.admin,
      url: `${await sentToWorker(w)}/requirement-overrides`,
      payload: { workerId: w.worker.me.id, reason: "Known to us" },
      status: 200,
    }),
    strangers: clientStranger,
  },
};
