/**
 * The escalations vocabulary (issue 15, items 1 to 6; seed guideline: either party may escalate from the assignment
 * with the details and the outcome they hope for; the team tracks the case and gives timely updates but cannot force
 * an outcome). Browser-safe: the web forms and the server refuse the same input with the same messages.
 */
import { z } from "zod";
import { Cursor, Id, Limit, Markdown, Text } from "#shared/fields";
import { MinorUnits } from "#shared/money";
import { Timestamp } from "#shared/time";

/** `open` until the team first answers, `in_review` after; then resolved (agreement), closed (team) or withdrawn. */
export const caseStatuses = ["open", "in_review", "resolved", "closed", "withdrawn"] as const;
export type CaseStatus = (typeof caseStatuses)[number];
export const activeStatuses = ["open", "in_review"] as const satisfies readonly CaseStatus[];

export const caseCategories = [
  "payment_not_received",
  "approval_delayed",
  "unexplained_cancellation",
  "quality_of_work",
  "scope_changed",
  "other",
] as const;
export type CaseCategory = (typeof caseCategories)[number];

/** Which side of the assignment a person speaks for; the team is the platform's escalations staff. */
export const sides = ["client", "worker", "team"] as const;
export type Side = (typeof sides)[number];
/** `team`: a private staff note, never shown to the parties. */
export const visibilities = ["parties", "team"] as const;

/** A company member acts with their role, the assigned worker as `worker`, escalations staff as `team`. */
export type Party = "admin" | "manager" | "finance" | "viewer" | "worker" | "team" | "system";

/** The verbs of the case lifecycle (lifecycle.ts); views carry those the caller may take now as `actions`. */
export const caseActions = ["message", "reply", "note", "take", "close", "withdraw", "propose"] as const;
export type CaseAction = (typeof caseActions)[number];

export const OpenEscalation = z.strictObject({
  category: z.enum(caseCategories, { error: "Choose a category." }),
  details: Markdown(8_000).refine((s) => s.trim().length >= 10, "Describe the problem in at least 10 characters."),
  desiredOutcome: Text(2_000),
  /** Where money is involved: the amount hoped for, in the assignment's currency (minor units). */
  desiredAmount: MinorUnits.nullable().default(null),
});
export type OpenEscalation = z.infer<typeof OpenEscalation>;

export const PostCaseMessage = z.strictObject({
  body: Markdown(8_000).refine((s) => s.trim().length > 0, "Write a message."),
  /** `team` is a private staff note: only the escalations team may write one and only the team reads it. */
  visibility: z.enum(visibilities).default("parties"),
});
export type PostCaseMessage = z.infer<typeof PostCaseMessage>;

export const CloseCase = z.strictObject({
  /** The written summary both parties receive: what was tried, and that nothing is imposed. */
  summary: Text(4_000, 10),
});
export type CloseCase = z.infer<typeof CloseCase>;

export const WithdrawCase = z.strictObject({ reason: Text(2_000).nullable().default(null) });
export type WithdrawCase = z.infer<typeof WithdrawCase>;

export const CaseQuery = z.strictObject({
  status: z.enum(caseStatuses).optional(),
  /** `active`: open or in review. */
  state: z.enum(["active", "ended"]).optional(),
  category: z.enum(caseCategories).optional(),
  assignmentId: Id.optional(),
  /** For the team: cases taken by the caller, or by nobody yet. */
  assignee: z.enum(["me", "nobody"]).optional(),
  limit: Limit,
  cursor: Cursor,
});
export type CaseQuery = z.infer<typeof CaseQuery>;

/**
 * What an agreement does (issue 15, item 5): `pay` the worker an amount now (in full, in part, or a cancellation fee;
 * what the client owed beyond it is released), `release` the client's funds (nothing paid, the assignment called
 * off), or `rework` (the assignment goes back to the worker with a new due date, before approval only).
 */
export const settlementKinds = ["pay", "release", "rework"] as const;
export type SettlementKind = (typeof settlementKinds)[number];
export const proposalStatuses = ["pending", "executed", "declined", "superseded"] as const;
export type ProposalStatus = (typeof proposalStatuses)[number];
export const proposalActions = ["accept", "decline"] as const;
export type ProposalAction = (typeof proposalActions)[number];

export const ProposeSettlement = z
  .strictObject({
    kind: z.enum(settlementKinds, { error: "Choose pay, release or rework." }),
    /** `pay` only: minor units of the assignment's currency, more than zero. */
    amount: MinorUnits.min(1, "The amount must be more than zero.").nullable().default(null),
    /** `rework` only: the new due date. */
    dueAt: Timestamp.nullable().default(null),
    note: Text(2_000).nullable().default(null),
  })
  .superRefine((value, issues) => {
    if (value.kind === "pay" && value.amount === null) {
      issues.addIssue({ code: "custom", path: ["amount"], message: "Give the amount to pay the worker." });
    }
    if (value.kind !== "pay" && value.amount !== null) {
      issues.addIssue({ code: "custom", path: ["amount"], message: "Only a payment has an amount." });
    }
    if (value.kind === "rework" && value.dueAt === null) {
      issues.addIssue({ code: "custom", path: ["dueAt"], message: "Give the new due date for the rework." });
    }
    if (value.kind !== "rework" && value.dueAt !== null) {
      issues.addIssue({ code: "custom", path: ["dueAt"], message: "Only rework has a due date." });
    }
  });
export type ProposeSettlement = z.infer<typeof ProposeSettlement>;

export const ProposalParams = z.strictObject({ id: Id, proposalId: Id });

/** What one case may carry in files (each within the platform's upload limit). */
export const caseFileLimit = 50;
/** `messageId`: attach to the caller's own message in the case; without it, to the case itself (the opening). */
export const CaseFileQuery = z.strictObject({ messageId: Id.optional() });
export type CaseFileQuery = z.infer<typeof CaseFileQuery>;
export const CaseFileParams = z.strictObject({ id: Id, fileId: Id });
