import { index, integer, pgEnum, pgTable, primaryKey, text, timestamp, unique, uuid } from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";
import { policyKinds } from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const policyKind = pgEnum("policy_kind", policyKinds);

/** Published versions are never edited: a change is a new version, which everyone must accept again. */
export const policyVersions = pgTable(
  "policy_versions",
  {
    id: uuid().primaryKey().defaultRandom(),
    kind: policyKind().notNull(),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    summaryOfChanges: text().notNull(),
    publishedAt: at().notNull(),
    /** Null for the versions Worklane ships with (published at start-up). */
    publishedBy: uuid().references(() => users.id),
  },
  (t) => [unique("policy_versions_kind_version").on(t.kind, t.version)],
);

export const policyAcceptances = pgTable(
  "policy_acceptances",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    versionId: uuid()
      .notNull()
      .references(() => policyVersions.id),
    acceptedAt: at().notNull(),
    ip: text(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.versionId] }), index().on(t.versionId)],
);
