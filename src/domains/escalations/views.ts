/** What the escalations API answers (browser-safe, like contract.ts). */
import { z } from "zod";
import { Id, Page } from "#shared/fields";
import { Currency, Money } from "#shared/money";
import { Timestamp } from "#shared/time";
import {
  caseActions,
  caseCategories,
  caseStatuses,
  proposalActions,
  proposalStatuses,
  settlementKinds,
  sides,
  visibilities,
} from "./contract";

const Person = z.object({ id: Id, name: z.string() });

export const CaseMessageView = z.object({
  id: Id,
  author: z.object({ id: Id, name: z.string(), side: z.enum(sides) }),
  visibility: z.enum(visibilities),
  body: z.string(),
  createdAt: Timestamp,
});
export type CaseMessageView = z.infer<typeof CaseMessageView>;

/** A file in the case: `messageId` null for the case's own (the opening's), else the message it belongs to. */
export const CaseFileView = z
  .object({
    id: Id,
    messageId: Id.nullable(),
    fileName: z.string(),
    contentType: z.string(),
    size: z.number().int(),
    uploadedBy: z.object({ id: Id, name: z.string(), side: z.enum(sides) }),
    uploadedAt: Timestamp,
    url: z.string(),
  })
  .meta({ id: "CaseFileView" });
export type CaseFileView = z.infer<typeof CaseFileView>;

const Answer = z.enum(["accepted", "declined"]).nullable();

export const ProposalView = z.object({
  id: Id,
  kind: z.enum(settlementKinds),
  amount: Money.nullable(),
  dueAt: Timestamp.nullable(),
  note: z.string().nullable(),
  proposedBy: z.object({ id: Id, name: z.string(), side: z.enum(sides) }),
  status: z.enum(proposalStatuses),
  /** Each party's answer; a party's own proposal counts as their acceptance. It executes when both have accepted. */
  clientAnswer: Answer,
  workerAnswer: Answer,
  executedAt: Timestamp.nullable(),
  createdAt: Timestamp,
  actions: z.array(z.enum(proposalActions)),
});
export type ProposalView = z.infer<typeof ProposalView>;

export const EscalationSummary = z.object({
  id: Id,
  status: z.enum(caseStatuses),
  category: z.enum(caseCategories),
  details: z.string(),
  desiredOutcome: z.string(),
  desiredAmount: Money.nullable(),
  openedBy: Person.extend({ side: z.enum(["client", "worker"]) }),
  assignment: z.object({
    id: Id,
    title: z.string(),
    status: z.string(),
    currency: Currency,
    company: Person,
    worker: Person,
    /** Both pauses hold while the case is open and lift when it ends ("paused by an open escalation"). */
    autoApprovalPaused: z.boolean(),
    autoPayPaused: z.boolean(),
  }),
  /** The escalations staff member who took the case. */
  assignedTo: Person.nullable(),
  openedAt: Timestamp,
  /** The team answers within 1 business day of the opening. */
  firstResponseDueAt: Timestamp,
  firstResponseAt: Timestamp.nullable(),
  lastUpdateAt: Timestamp.nullable(),
  /** While the case is active: when the team's next update to both parties is due (every 2 business days). */
  nextUpdateDueAt: Timestamp.nullable(),
  overdue: z.boolean(),
  closedAt: Timestamp.nullable(),
  closingSummary: z.string().nullable(),
  /** What the caller is to this case, and what they may do now (the UI shows buttons from this list only). */
  party: z.enum(["admin", "manager", "finance", "viewer", "worker", "team"]),
  actions: z.array(z.enum(caseActions)),
  version: z.number().int(),
});
export type EscalationSummary = z.infer<typeof EscalationSummary>;

/**
 * For the escalations team only (null for the parties): the assignment's conversation with the worker (without the
 * company's internal notes) and its money, its invoices and the ledger transfers about it, read through the
 * messages and payments domains.
 */
export const CaseRecord = z.object({
  thread: z.array(
    z.object({
      id: Id,
      kind: z.enum(["question", "message"]),
      side: z.string(),
      authorName: z.string(),
      body: z.string(),
      createdAt: Timestamp,
    }),
  ),
  invoices: z.array(
    z.object({
      id: Id,
      kind: z.string(),
      status: z.string(),
      amount: Money,
      fee: Money,
      total: Money,
      issuedAt: Timestamp,
      dueAt: Timestamp,
      paidAt: Timestamp.nullable(),
    }),
  ),
  transfers: z.array(
    z.object({
      id: Id,
      reason: z.string(),
      createdAt: Timestamp,
      // Signed: a transfer's postings sum to zero, so half of them are negative (Money is never below zero).
      postings: z.array(
        z.object({ account: z.string(), amount: z.object({ amount: z.number().int(), currency: Currency }) }),
      ),
    }),
  ),
});
export type CaseRecord = z.infer<typeof CaseRecord>;

export const EscalationView = EscalationSummary.extend({
  /** The conversation among the parties and the team; private staff notes only for the team. */
  messages: z.array(CaseMessageView),
  /** Every file the caller may read, oldest first (a staff note's only for the team). */
  files: z.array(CaseFileView),
  /** Settlements proposed, newest first, with both parties' answers. */
  proposals: z.array(ProposalView),
  record: CaseRecord.nullable(),
}).meta({ id: "EscalationView" });
export type EscalationView = z.infer<typeof EscalationView>;

/** What posting in the case answers: the case as the poster now sees it, and the message just posted. */
export const PostedCaseMessage = EscalationView.extend({
  message: CaseMessageView.describe("The message just posted; a file for it names its `id` (`messageId`)."),
}).meta({ id: "PostedCaseMessage" });
export type PostedCaseMessage = z.infer<typeof PostedCaseMessage>;

export const EscalationList = Page(EscalationSummary);
export type EscalationList = z.infer<typeof EscalationList>;

const Hours = z.number().nullable().describe("average hours, one decimal; null when there is nothing to average");

/** The escalations team's figures over the cases opened since `since` (issue 15, item 4). */
export const EscalationDashboard = z.object({
  since: Timestamp,
  cases: z.number().int(),
  active: z.number().int(),
  overdue: z.number().int(),
  firstResponse: z.object({
    answered: z.number().int(),
    withinOneBusinessDay: z.number().int(),
    averageHours: Hours,
  }),
  /** Gaps between the team's consecutive updates to the parties, and how many were within 2 business days. */
  updates: z.object({ intervals: z.number().int(), kept: z.number().int() }),
  closing: z.object({
    resolved: z.number().int(),
    closed: z.number().int(),
    withdrawn: z.number().int(),
    averageHours: Hours,
  }),
});
export type EscalationDashboard = z.infer<typeof EscalationDashboard>;
