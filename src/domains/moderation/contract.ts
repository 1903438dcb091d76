/**
 * The Trust & Safety vocabulary (issue 15, items 7 to 9): reports of a named rule, sanctions that always name the
 * rule, the evidence and their end, and one appeal per sanction. Browser-safe: the web forms and the server refuse
 * the same input with the same messages.
 */
import { z } from "zod";
import { Id, PageQuery, Text } from "#shared/fields";
import { Timestamp } from "#shared/time";
import { ruleIds } from "#shared/violation-rules";

export const RuleId = z.enum(ruleIds, { error: "Choose a rule of the Community Violation Guidelines." });

/** What can be reported: a person, a company, or one of their records. */
export const reportSubjects = ["user", "company", "assignment", "message", "rating"] as const;
export type ReportSubject = (typeof reportSubjects)[number];

/** `open` until Trust & Safety decides: `actioned` (a sanction names it) or `dismissed` (with a reason). */
export const reportStatuses = ["open", "actioned", "dismissed"] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** Who a report is about and a sanction falls on: a person, or a company (every member acting for it). */
export const partyTypes = ["user", "company"] as const;
export type PartyType = (typeof partyTypes)[number];

/** The ladder, mildest first: graduated by default (ladder.ts suggests the next step after the earlier ones). */
export const sanctionKinds = ["warning", "restriction", "suspension", "ban"] as const;
export type SanctionKind = (typeof sanctionKinds)[number];

/** What a restriction takes away; routes are mapped to these in coverage.ts. */
export const restrictionScopes = ["send_assignments", "apply_accept", "message"] as const;
export type RestrictionScope = (typeof restrictionScopes)[number];

/**
 * `active` (in force, or a warning on record) ─appeal─▶ `appealed` (still in force) ─uphold/shorten─▶ `active`,
 * ─lift─▶ `lifted`; `active`/`appealed` ─end date (job)─▶ `ended`.
 */
export const sanctionStatuses = ["active", "appealed", "ended", "lifted"] as const;
export type SanctionStatus = (typeof sanctionStatuses)[number];
export const inForceStatuses = ["active", "appealed"] as const satisfies readonly SanctionStatus[];

export const appealOutcomes = ["upheld", "shortened", "lifted"] as const;
export type AppealOutcome = (typeof appealOutcomes)[number];

export const sanctionActions = ["appeal", "uphold", "shorten", "lift", "expire"] as const;
export type SanctionAction = (typeof sanctionActions)[number];

/**
 * `party`: the sanctioned person, or an admin of the sanctioned company (`member`: its other members, who read it);
 * `reviewer`: Trust & Safety staff other than
 * the one who issued it; `issuer`: the one who did (may not review their own decision); `system`: the end-date job.
 */
export type SanctionParty = "party" | "member" | "reviewer" | "issuer" | "system";

export const FileReport = z.strictObject({
  subjectType: z.enum(reportSubjects, { error: "Choose what you are reporting." }),
  subjectId: Id,
  rule: RuleId,
  details: Text(8_000, 10),
});
export type FileReport = z.infer<typeof FileReport>;

export const DismissReport = z.strictObject({ reason: Text(2_000, 5) });
export type DismissReport = z.infer<typeof DismissReport>;

export const IssueSanction = z
  .strictObject({
    partyType: z.enum(partyTypes),
    partyId: Id,
    /** Omitted: the suggested next step after the party's earlier sanctions (graduated by default). */
    kind: z.enum(sanctionKinds).optional(),
    rule: RuleId,
    /** The evidence: the reports this decision rests on (at least one; they become `actioned`). */
    reportIds: z.array(Id).min(1, "Name at least one report as evidence.").max(20),
    /** What the party reads: what they did and why this step. */
    reason: Text(4_000, 10),
    /** Required for restrictions. */
    scopes: z.array(z.enum(restrictionScopes)).max(3).default([]),
    /** The end; null only for a ban (permanent). A warning's end is when it stops counting for the next step. */
    endsAt: Timestamp.nullable(),
  })
  .superRefine((input, issues) => {
    if (input.kind === "restriction" && input.scopes.length === 0) {
      issues.addIssue({ code: "custom", path: ["scopes"], message: "Choose what the restriction covers." });
    }
    if (input.kind !== undefined && input.kind !== "restriction" && input.scopes.length > 0) {
      issues.addIssue({ code: "custom", path: ["scopes"], message: "Only a restriction has scopes." });
    }
    if (input.kind === "ban" && input.endsAt !== null) {
      issues.addIssue({ code: "custom", path: ["endsAt"], message: "A ban is permanent: leave the end empty." });
    }
    if (input.kind !== undefined && input.kind !== "ban" && input.endsAt === null) {
      issues.addIssue({ code: "custom", path: ["endsAt"], message: "Give the date this sanction ends." });
    }
  });
export type IssueSanction = z.infer<typeof IssueSanction>;

export const AppealSanction = z.strictObject({ statement: Text(8_000, 10) });
export type AppealSanction = z.infer<typeof AppealSanction>;

export const ReviewAppeal = z
  .strictObject({
    outcome: z.enum(appealOutcomes),
    /** The written reason the party receives. */
    reason: Text(4_000, 10),
    /** The new, earlier end: only for `shortened`. */
    endsAt: Timestamp.nullable().default(null),
  })
  .superRefine((input, issues) => {
    if ((input.outcome === "shortened") !== (input.endsAt !== null)) {
      issues.addIssue({
        code: "custom",
        path: ["endsAt"],
        message: "Give a new end date when shortening, and only then.",
      });
    }
  });
export type ReviewAppeal = z.infer<typeof ReviewAppeal>;

/** The caller's own reports or sanctions, a page at a time (`limit`, `cursor`). */
export const MyListQuery = PageQuery;
export type MyListQuery = z.infer<typeof MyListQuery>;

export const ReportQueueQuery = PageQuery.extend({ status: z.enum(reportStatuses).default("open") });
export type ReportQueueQuery = z.infer<typeof ReportQueueQuery>;

export const SanctionQueueQuery = PageQuery.extend({
  /** `pending`: sanctions whose appeal waits for a review. */
  appeal: z.enum(["pending", "any"]).default("any"),
});
export type SanctionQueueQuery = z.infer<typeof SanctionQueueQuery>;

export const EvidenceParams = z.strictObject({ id: Id, fileId: Id });

/** The rule ids as an enum tuple, for the tables' enum column. */
export { ruleIds } from "#shared/violation-rules";
