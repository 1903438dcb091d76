/**
 * Agreements (issue 12, item 3): a document a company uploads (a title, then versions: a file and a label) and a
 * worker reads and signs in Worklane with their typed full name; the signature records the time and the SHA-256 of
 * the exact file signed. A requirement "agreement signed" is met by a signature of the current version.
 */
import { z } from "zod";
import { Id, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";

export const CreateAgreement = z.strictObject({
  title: Text(120),
  description: Text(2000).nullable().default(null),
});
export type CreateAgreement = z.infer<typeof CreateAgreement>;

/** The label of a new version (query parameter of the upload, e.g. `2026-1` or `v2`). */
export const VersionQuery = z.strictObject({
  version: Text(40).describe("The label of this version, e.g. 2026-1 or v2; unique within the agreement."),
});

export const AskToSign = z.strictObject({
  workerIds: z.array(Id).min(1, "Ask at least one worker.").max(100, "Ask at most 100 workers at once."),
});

export const SignAgreement = z.strictObject({
  /** The version the worker read: a newer one published meanwhile is refused (409), so they sign what they read. */
  versionId: Id,
  /** Typed by the worker as their signature. */
  fullName: Text(200, 2),
});
export type SignAgreement = z.infer<typeof SignAgreement>;

export const AgreementVersionView = z.object({
  id: Id,
  label: z.string(),
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  url: z.string(),
  createdAt: Timestamp,
});

export const SignatureView = z.object({
  workerId: Id,
  workerName: z.string(),
  versionId: Id,
  versionLabel: z.string(),
  fullName: z.string(),
  sha256: z.string(),
  signedAt: Timestamp,
  /** Whether it is a signature of the current version. */
  current: z.boolean(),
});
export type SignatureView = z.infer<typeof SignatureView>;

export const agreementActions = ["upload_version", "ask", "sign"] as const;

export const AgreementView = z.object({
  id: Id,
  companyId: Id,
  companyName: z.string(),
  title: z.string(),
  description: z.string().nullable(),
  current: AgreementVersionView.nullable(),
  /** For the company: every signature; for a worker: their own. */
  signatures: z.array(SignatureView),
  askedWorkerIds: z.array(Id),
  actions: z.array(z.enum(agreementActions)),
  createdAt: Timestamp,
});
export type AgreementView = z.infer<typeof AgreementView>;
export const AgreementList = z.object({ items: z.array(AgreementView) });
