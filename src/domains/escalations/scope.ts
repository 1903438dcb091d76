/**
 * Who sees and may act on an escalation case: the tenancy scope (the client company's members, the assigned worker,
 * the escalations team), the row lock every action starts with, the caller's party, and the one view every read and
 * action answers with, so they cannot disagree about what a party sees (staff notes only for the team).
 */

import { and, asc, desc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { assignments } from "#domains/assignments/tables";
import { autoPayHolds } from "#domains/payments/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { events } from "#platform/tables";
import { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { CaseAction, CaseStatus, Party } from "./contract";
import { type CaseFacts, caseActionsFor, checkCase, proposalActionsFor } from "./lifecycle";
import { teamRecord } from "./record-steps";
import { escalationCases, escalationFiles, escalationMessages, escalationProposals } from "./tables";
import type { CaseFileView, CaseMessageView, EscalationSummary, EscalationView, ProposalView } from "./views";

export type CaseRow = typeof escalationCases.$inferSelect;

export const caseNotFound = () =>
  new Problem("not_found", "No escalation case with this id is visible to you.", { subjectType: "escalation" });

/** Staff of the escalations team (staff admins included, as `staff:escalations` routes admit them). */
export const isTeam = (actor: Actor) =>
  actor.kind === "user" &&
  actor.accountType === "staff" &&
  (actor.staffRole === "escalations" || actor.staffRole === "admin");

/** The client company sees its cases, the assigned worker theirs, the team every case. */
export function casesVisibleTo(actor: Actor): SQL {
  if (actor.kind === "system" || isTeam(actor)) {
    return sql`true`;
  }
  if (actor.kind !== "user") {
    return sql`false`;
  }
  if (actor.accountType === "client" && actor.companyId) {
    return eq(escalationCases.companyId, actor.companyId);
  }
  return actor.accountType === "worker" ? eq(escalationCases.workerId, actor.userId) : sql`false`;
}

export function partyOf(actor: Actor, row: Pick<CaseRow, "companyId" | "workerId">): Party | null {
  if (actor.kind === "system") {
    return "system";
  }
  if (actor.kind !== "user") {
    return null;
  }
  if (isTeam(actor)) {
    return "team";
  }
  if (actor.accountType === "client" && actor.companyId === row.companyId && actor.companyRole) {
    return actor.companyRole;
  }
  return actor.accountType === "worker" && actor.userId === row.workerId ? "worker" : null;
}

export interface LockedCase {
  row: CaseRow;
  party: Party | null;
  facts: CaseFacts;
  check(action: CaseAction): CaseStatus;
}

/** SELECT … FOR UPDATE inside the caller's scope: 404 when the case is not theirs to see. */
export async function lockCase(tx: Executor, actor: Actor, id: string): Promise<LockedCase> {
  const [row] = await tx
    .select()
    .from(escalationCases)
    .where(and(eq(escalationCases.id, id), casesVisibleTo(actor)))
    .for("update");
  if (!row) {
    throw caseNotFound();
  }
  const party = partyOf(actor, row);
  const facts = { status: row.status, openedBySide: row.openedBySide === "worker" ? "worker" : "client" } as const;
  return { row, party, facts, check: (action) => checkCase(action, facts, party) };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/** Who reads cases: the ones they may see, and what they are to each. */
export interface CaseReader {
  scope: SQL;
  partyOf(row: Pick<CaseRow, "companyId" | "workerId">): Party | null;
}

const readerOf = (actor: Actor): CaseReader => ({
  scope: casesVisibleTo(actor),
  partyOf: (row) => partyOf(actor, row),
});

/**
 * The client company as a whole (its webhooks): its own cases as a read-only member (`viewer`) sees them, so no
 * staff note, no team record and no buttons; the same filters as any party's read.
 */
export const companyReader = (companyId: string): CaseReader => ({
  scope: eq(escalationCases.companyId, companyId),
  partyOf: (row) => (row.companyId === companyId ? "viewer" : null),
});

/** The cases matching `where` as this actor (or reader) sees them, in the order given: lists and single reads alike. */
export async function caseSummaries(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  where: SQL,
  orderBy: SQL[],
  limit?: number,
  reader: CaseReader = readerOf(ctx.actor),
): Promise<EscalationSummary[]> {
  const query = tx
    .select({
      c: escalationCases,
      title: assignments.title,
      assignmentStatus: assignments.status,
      autoApprovalPaused: sql<boolean>`${assignments.autoApprovalHold} IS NOT NULL`,
      autoPayPaused: sql<boolean>`EXISTS (SELECT 1 FROM ${autoPayHolds} WHERE ${autoPayHolds.assignmentId} = ${assignments.id})`,
      companyName: companies.name,
      workerName: sql<string>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${escalationCases.workerId})`,
      openerName: sql<string>`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${escalationCases.openedBy})`,
      assigneeName: sql<
        string | null
      >`(SELECT ${users.name} FROM ${users} WHERE ${users.id} = ${escalationCases.assignedTo})`,
    })
    .from(escalationCases)
    .innerJoin(assignments, eq(assignments.id, escalationCases.assignmentId))
    .innerJoin(companies, eq(companies.id, escalationCases.companyId))
    .where(sql`${where} AND ${reader.scope}`)
    .orderBy(...orderBy);
  const rows = limit ? await query.limit(limit) : await query;
  return rows.map((r) => {
    const { c } = r;
    const party = reader.partyOf(c);
    if (!party || party === "system") {
      throw caseNotFound();
    }
    const currency = Currency.parse(c.currency);
    const facts = { status: c.status, openedBySide: c.openedBySide === "worker" ? "worker" : "client" } as const;
    return {
      id: c.id,
      status: c.status,
      category: c.category,
      details: c.details,
      desiredOutcome: c.desiredOutcome,
      desiredAmount: c.desiredAmount === null ? null : { amount: c.desiredAmount, currency },
      openedBy: { id: c.openedBy, name: r.openerName ?? "", side: facts.openedBySide },
      assignment: {
        id: c.assignmentId,
        title: r.title,
        status: r.assignmentStatus,
        currency,
        company: { id: c.companyId, name: r.companyName },
        worker: { id: c.workerId, name: r.workerName ?? "" },
        autoApprovalPaused: Boolean(r.autoApprovalPaused),
        autoPayPaused: Boolean(r.autoPayPaused),
      },
      assignedTo: c.assignedTo ? { id: c.assignedTo, name: r.assigneeName ?? "" } : null,
      openedAt: c.openedAt.toISOString(),
      firstResponseDueAt: c.firstResponseDueAt.toISOString(),
      firstResponseAt: iso(c.firstResponseAt),
      lastUpdateAt: iso(c.lastUpdateAt),
      nextUpdateDueAt: iso(c.nextUpdateDueAt),
      overdue: c.nextUpdateDueAt !== null && c.nextUpdateDueAt < ctx.now,
      closedAt: iso(c.closedAt),
      closingSummary: c.closingSummary,
      party,
      actions: caseActionsFor(facts, party),
      version: c.version,
    };
  });
}

async function messagesOf(tx: Executor, caseId: string, party: Party): Promise<CaseMessageView[]> {
  const rows = await tx
    .select({ m: escalationMessages, name: users.name })
    .from(escalationMessages)
    .innerJoin(users, eq(users.id, escalationMessages.authorId))
    .where(
      and(
        eq(escalationMessages.caseId, caseId),
        // Private staff notes never reach a party, through this or any other route.
        party === "team" ? undefined : inArray(escalationMessages.visibility, ["parties"]),
      ),
    )
    .orderBy(asc(escalationMessages.seq));
  return rows.map(({ m, name }) => ({
    id: m.id,
    author: { id: m.authorId, name, side: m.authorSide },
    visibility: m.visibility,
    body: m.body,
    createdAt: m.createdAt.toISOString(),
  }));
}

export type CaseFileRow = typeof escalationFiles.$inferSelect;

/** The files this party may read: the parties never a staff note's, like the note itself. */
export const filesVisibleTo = (party: Party) =>
  party === "team" ? undefined : inArray(escalationFiles.visibility, ["parties"]);

export const toCaseFileView = (f: CaseFileRow, name: string): CaseFileView => ({
  id: f.id,
  messageId: f.messageId,
  fileName: f.fileName,
  contentType: f.contentType,
  size: f.size,
  uploadedBy: { id: f.uploadedBy, name, side: f.uploadedBySide },
  uploadedAt: f.createdAt.toISOString(),
  url: `/api/v1/escalations/${f.caseId}/files/${f.id}`,
});

async function filesOf(tx: Executor, caseId: string, party: Party): Promise<CaseFileView[]> {
  const rows = await tx
    .select({ f: escalationFiles, name: users.name })
    .from(escalationFiles)
    .innerJoin(users, eq(users.id, escalationFiles.uploadedBy))
    .where(and(eq(escalationFiles.caseId, caseId), filesVisibleTo(party)))
    .orderBy(asc(escalationFiles.createdAt), asc(escalationFiles.id));
  return rows.map(({ f, name }) => toCaseFileView(f, name));
}

async function proposalsOf(tx: Executor, row: { id: string; currency: string }, party: Party): Promise<ProposalView[]> {
  const rows = await tx
    .select({ p: escalationProposals, name: users.name })
    .from(escalationProposals)
    .innerJoin(users, eq(users.id, escalationProposals.proposedBy))
    .where(eq(escalationProposals.caseId, row.id))
    .orderBy(desc(escalationProposals.seq));
  const currency = Currency.parse(row.currency);
  return rows.map(({ p, name }) => ({
    id: p.id,
    kind: p.kind,
    amount: p.amount === null ? null : { amount: p.amount, currency },
    dueAt: iso(p.dueAt),
    note: p.note,
    proposedBy: { id: p.proposedBy, name, side: p.proposedBySide },
    status: p.status,
    clientAnswer: p.clientAnswer,
    workerAnswer: p.workerAnswer,
    executedAt: iso(p.executedAt),
    createdAt: p.createdAt.toISOString(),
    actions: proposalActionsFor(p, party),
  }));
}

/** One case as the caller sees it, with its conversation: GET and every action answer with this. */
export async function caseView(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string): Promise<EscalationView> {
  const [summary] = await caseSummaries(tx, ctx, eq(escalationCases.id, id), [], 1);
  if (!summary) {
    throw caseNotFound();
  }
  return {
    ...summary,
    messages: await messagesOf(tx, id, summary.party),
    files: await filesOf(tx, id, summary.party),
    proposals: await proposalsOf(tx, { id, currency: summary.assignment.currency }, summary.party),
    record: summary.party === "team" ? await teamRecord(tx, summary.assignment.id, summary.assignment.worker.id) : null,
  };
}

/**
 * Who may read a case's history (the history domain asks): false for those who cannot see the case; the team reads
 * all of it; the parties every event but the private notes' and their files' (which carry no text, but stay the
 * team's business).
 */
export async function escalationHistoryScope(
  tx: Executor,
  ctx: Pick<Ctx, "actor">,
  id: string,
): Promise<boolean | SQL> {
  const [row] = await tx
    .select({ companyId: escalationCases.companyId, workerId: escalationCases.workerId })
    .from(escalationCases)
    .where(and(eq(escalationCases.id, id), casesVisibleTo(ctx.actor)));
  if (!row) {
    return false;
  }
  return partyOf(ctx.actor, row) === "team"
    ? true
    : sql`${events.action} NOT IN ('escalation.note_added', 'escalation.note_file_added')`;
}
