import { sql } from "drizzle-orm";
import { bigint, check, index, integer, pgEnum, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "#domains/accounts/tables";
import {
  appealOutcomes,
  partyTypes,
  reportStatuses,
  reportSubjects,
  restrictionScopes,
  ruleIds,
  sanctionKinds,
  sanctionStatuses,
} from "./contract";

const at = () => timestamp({ withTimezone: true, mode: "date" });

export const violationRule = pgEnum("violation_rule", ruleIds);
export const reportSubject = pgEnum("report_subject", reportSubjects);
export const reportStatus = pgEnum("report_status", reportStatuses);
export const moderationParty = pgEnum("moderation_party", partyTypes);
export const sanctionKind = pgEnum("sanction_kind", sanctionKinds);
export const restrictionScope = pgEnum("restriction_scope", restrictionScopes);
export const sanctionStatus = pgEnum("sanction_status", sanctionStatuses);
export const appealOutcome = pgEnum("appeal_outcome", appealOutcomes);

/**
 * A sanction: always names the rule, the evidence (the reports whose `sanctionId` is this one) and its end (null
 * only for a ban). The standing check reads the partial index on the party's sanctions in force, on every write.
 */
export const sanctions = pgTable(
  "sanctions",
  {
    id: uuid().primaryKey().defaultRandom(),
    partyType: moderationParty().notNull(),
    partyId: uuid().notNull(),
    kind: sanctionKind().notNull(),
    rule: violationRule().notNull(),
    scopes: restrictionScope().array().notNull().default(sql`'{}'`),
    reason: text().notNull(),
    status: sanctionStatus().notNull(),
    issuedBy: uuid()
      .notNull()
      .references(() => users.id),
    issuedAt: at().notNull(),
    endsAt: at(),
    endedAt: at(),
    appealStatement: text(),
    appealedAt: at(),
    appealedBy: uuid().references(() => users.id),
    appealOutcome: appealOutcome(),
    appealReason: text(),
    reviewedBy: uuid().references(() => users.id),
    reviewedAt: at(),
    version: integer().notNull().default(1),
  },
  (t) => [
    index("sanctions_in_force").on(t.partyType, t.partyId).where(sql`status IN ('active', 'appealed')`),
    index("sanctions_party").on(t.partyType, t.partyId, t.issuedAt),
    index("sanctions_appeals").on(t.appealedAt).where(sql`status = 'appealed'`),
    check("sanctions_end", sql`(${t.kind} = 'ban') = (${t.endsAt} IS NULL)`),
    check("sanctions_scopes", sql`(${t.kind} = 'restriction') = (cardinality(${t.scopes}) > 0)`),
  ],
);

/**
 * A report of a named rule about a person, a company or one of their records. `partyType`/`partyId` is who it is
 * about (worked out when it is filed); the reporter is never shown to that party (views.ts has no such field for
 * them, and no event names it on a record they can read).
 */
export const reports = pgTable(
  "moderation_reports",
  {
    id: uuid().primaryKey().defaultRandom(),
    reporterId: uuid()
      .notNull()
      .references(() => users.id),
    subjectType: reportSubject().notNull(),
    subjectId: uuid().notNull(),
    partyType: moderationParty().notNull(),
    partyId: uuid().notNull(),
    rule: violationRule().notNull(),
    details: text().notNull(),
    status: reportStatus().notNull(),
    sanctionId: uuid().references(() => sanctions.id),
    decidedBy: uuid().references(() => users.id),
    decidedAt: at(),
    dismissReason: text(),
    createdAt: at().notNull(),
  },
  (t) => [
    index("moderation_reports_queue").on(t.status, t.createdAt),
    index("moderation_reports_reporter").on(t.reporterId, t.createdAt),
    index("moderation_reports_party").on(t.partyType, t.partyId, t.createdAt),
    check("moderation_reports_actioned", sql`(${t.status} = 'actioned') = (${t.sanctionId} IS NOT NULL)`),
  ],
);

/** Evidence files of a report, stored through the platform's upload rules; read by the reporter and staff only. */
export const reportEvidence = pgTable(
  "moderation_report_evidence",
  {
    id: uuid().primaryKey().defaultRandom(),
    reportId: uuid()
      .notNull()
      .references(() => reports.id),
    storageKey: text().notNull(),
    fileName: text().notNull(),
    contentType: text().notNull(),
    size: bigint({ mode: "number" }).notNull(),
    sha256: text().notNull(),
    createdAt: at().notNull(),
  },
  (t) => [index("moderation_report_evidence_report").on(t.reportId, t.createdAt)],
);
