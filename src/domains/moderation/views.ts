/**
 * What the moderation API answers. Privacy (issue 15, item 7): the reported or sanctioned party's views have no
 * field that could name a reporter: a sanction shows its party the rule, the reason and the number of reports, never
 * the reports themselves or who filed them. Staff views carry everything.
 */
import { z } from "zod";
import { Id, Page } from "#shared/fields";
import { Timestamp } from "#shared/time";
import {
  appealOutcomes,
  partyTypes,
  RuleId,
  reportStatuses,
  reportSubjects,
  restrictionScopes,
  sanctionActions,
  sanctionKinds,
  sanctionStatuses,
} from "./contract";

export const EvidenceView = z.object({
  id: Id,
  fileName: z.string(),
  contentType: z.string(),
  size: z.number().int(),
  createdAt: Timestamp,
});

/** What the reporter sees of their own report: what they sent and where it stands, not what was decided for whom. */
export const ReportView = z.object({
  id: Id,
  subjectType: z.enum(reportSubjects),
  subjectId: Id,
  rule: RuleId,
  details: z.string(),
  status: z.enum(reportStatuses),
  evidence: z.array(EvidenceView),
  createdAt: Timestamp,
  decidedAt: Timestamp.nullable(),
});
export type ReportView = z.infer<typeof ReportView>;

export const ReportList = Page(ReportView);
export type ReportList = z.infer<typeof ReportList>;

export const PartyView = z.object({ type: z.enum(partyTypes), id: Id, name: z.string() });
export type PartyView = z.infer<typeof PartyView>;

export const AppealView = z.object({
  statement: z.string(),
  appealedAt: Timestamp,
  outcome: z.enum(appealOutcomes).nullable(),
  reason: z.string().nullable(),
  reviewedAt: Timestamp.nullable(),
});

export const SanctionView = z.object({
  id: Id,
  party: PartyView,
  kind: z.enum(sanctionKinds),
  rule: RuleId,
  ruleTitle: z.string(),
  scopes: z.array(z.enum(restrictionScopes)),
  reason: z.string(),
  status: z.enum(sanctionStatuses),
  issuedAt: Timestamp,
  /** Null only for a ban, which is permanent. */
  endsAt: Timestamp.nullable(),
  endedAt: Timestamp.nullable(),
  /** How many reports it rests on; which ones (and who filed them) only staff see. */
  evidenceCount: z.number().int(),
  /** Staff only (null for the party): the reports named as evidence and who issued and reviewed it. */
  reportIds: z.array(Id).nullable(),
  issuedBy: Id.nullable(),
  reviewedBy: Id.nullable(),
  appeal: AppealView.nullable(),
  /** What the caller may do now (appeal; uphold, shorten, lift). */
  actions: z.array(z.enum(sanctionActions)),
});
export type SanctionView = z.infer<typeof SanctionView>;

export const SanctionList = Page(SanctionView);
export type SanctionList = z.infer<typeof SanctionList>;

/** Trust & Safety's view of a report: the reporter, the evidence, the party and their earlier sanctions. */
export const StaffReportView = ReportView.extend({
  reporter: z.object({ id: Id, name: z.string(), email: z.string() }),
  party: PartyView,
  dismissReason: z.string().nullable(),
  sanctionId: Id.nullable(),
  /** The party's earlier sanctions, newest first, and the step the ladder suggests after them. */
  history: z.array(SanctionView),
  suggestedKind: z.enum(sanctionKinds),
  /** Other open reports about the same party, to name as evidence together. */
  otherOpenReportIds: z.array(Id),
});
export type StaffReportView = z.infer<typeof StaffReportView>;

export const StaffReportList = Page(
  ReportView.extend({ party: PartyView, earlierSanctions: z.number().int(), suggestedKind: z.enum(sanctionKinds) }),
);
export type StaffReportList = z.infer<typeof StaffReportList>;
