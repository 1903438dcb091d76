import { bigint, index, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { companies, users } from "#domains/accounts/tables";

const at = () => timestamp({ withTimezone: true, mode: "date" });

/** A company's agreement; `currentVersionId` is the version a worker must have signed for the requirement. */
export const agreements = pgTable(
  "agreements",
  {
    id: uuid().primaryKey().defaultRandom(),
    companyId: uuid()
      .notNull()
      .references(() => companies.id),
    title: text().notNull(),
    description: text(),
    currentVersionId: uuid(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [index("agreements_company").on(t.companyId, t.title)],
);

/** One uploaded document of an agreement; never changed, so a signature always points at the bytes signed. */
export const agreementVersions = pgTable(
  "agreement_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id),
    label: text().notNull(),
    documentKey: text().notNull().unique(),
    documentName: text().notNull(),
    documentType: text().notNull(),
    documentSize: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    createdBy: uuid()
      .notNull()
      .references(() => users.id),
    createdAt: at().notNull(),
  },
  (t) => [unique("agreement_versions_label").on(t.agreementId, t.label)],
);

/** A worker's signature of one version: the typed name, the time and the hash of the document signed. */
export const agreementSignatures = pgTable(
  "agreement_signatures",
  {
    id: uuid().primaryKey().defaultRandom(),
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id),
    versionId: uuid()
      .notNull()
      .references(() => agreementVersions.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    fullName: text().notNull(),
    sha256: text().notNull(),
    signedAt: at().notNull(),
  },
  (t) => [
    unique("agreement_signatures_one").on(t.versionId, t.workerId),
    index("agreement_signatures_worker").on(t.workerId, t.agreementId),
  ],
);

/** The company asked this worker to sign: the agreement then shows on the worker's list. */
export const agreementRequests = pgTable(
  "agreement_requests",
  {
    agreementId: uuid()
      .notNull()
      .references(() => agreements.id),
    workerId: uuid()
      .notNull()
      .references(() => users.id),
    askedBy: uuid()
      .notNull()
      .references(() => users.id),
    askedAt: at().notNull(),
  },
  (t) => [primaryKey({ columns: [t.agreementId, t.workerId] }), index("agreement_requests_worker").on(t.workerId)],
);
