/**
 * How a caller reaches one assignment, for reads and writes alike: the tenancy scope (404 when it is not theirs to
 * see), the row lock every action starts with, the party they are and the facts the rules read, and the per-party
 * view every read and action answers with.
 */
import { and, asc, eq, inArray, type SQL, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { selectPrepared } from "#platform/prepared";
import { selectBatch } from "#platform/select-batch";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { isEarly } from "./approval-warnings";
import { toAssignmentView } from "./assignment-view";
import { actorContexts, contextColumns, toContext } from "./context-steps";
import type { AssignmentAction, AssignmentStatus, Party } from "./contract";
import { deliverablesQueries, toDeliverablesView } from "./deliverables/view-steps";
import { type Facts, transition } from "./lifecycle";
import { factsOf, partyOf } from "./party";
import { maximumSpend } from "./pricing";
import { companySummaryRead, decodeInvoice, fundsSecuredSql, invoiceSql } from "./provider-steps";
import { requestsQuery, toRequestViews } from "./requests/queries";
import { assignmentApplications, assignmentRecipients, assignments, assignmentTimeLogs } from "./tables";
import type { ApplicationView, AssignmentView } from "./views";

export type AssignmentRow = typeof assignments.$inferSelect;

export const notFound = () =>
  new Problem("not_found", "No assignment with this id is visible to you.", { subjectType: "assignment" });

/**
 * The tenancy scope every read and every lock goes through: a company sees its own assignments; a worker sees what
 * was sent or assigned to them; the system sees everything. Staff visibility arrives with escalations.
 */
export function visibleTo(actor: Actor): SQL {
  if (actor.kind === "system") {
    return sql`true`;
  }
  if (actor.kind !== "user") {
    return sql`false`;
  }
  if (actor.accountType === "client" && actor.companyId) {
    return eq(assignments.companyId, actor.companyId);
  }
  if (actor.accountType === "worker") {
    const sentToMe = sql`SELECT 1 FROM ${assignmentRecipients} WHERE ${assignmentRecipients.assignmentId} = ${assignments.id} AND ${assignmentRecipients.workerId} = ${actor.userId}`;
    return sql`(${assignments.assignedWorkerId} = ${actor.userId} OR EXISTS (${sentToMe}))`;
  }
  return sql`false`;
}

export interface Locked {
  row: AssignmentRow;
  party: Party | null;
  facts: Facts;
  /** Checks the lifecycle table for this actor and returns the status the action leads to (409 / 403 otherwise). */
  check(action: AssignmentAction): AssignmentStatus;
}

/** The facts for each row as this actor sees it (no lock), in the rows' order: for lists of views (the inbox). */
export async function partiesAndFacts(tx: Executor, actor: Actor, rows: AssignmentRow[], now: Date) {
  const contexts = await actorContexts(
    tx,
    actor,
    rows.map((row) => row.id),
  );
  return rows.map((row) => {
    const context = contexts.get(row.id) ?? { recipientStatus: null, applied: false, checkedIn: false };
    const party = partyOf(actor, row, context.recipientStatus !== null);
    return { party, facts: factsOf(row, context, now), recipientStatus: context.recipientStatus };
  });
}

/** Reads the facts for an assignment row as this actor sees it (no lock): for views and the lock alike. */
export async function partyAndFacts(tx: Executor, actor: Actor, row: AssignmentRow, now: Date) {
  const [one] = await partiesAndFacts(tx, actor, [row], now);
  if (!one) {
    throw new Error(`no facts for assignment ${row.id}`);
  }
  return one;
}

/**
 * SELECT … FOR UPDATE within the tenancy scope: 404 when the actor cannot see it. Every action starts here, so two
 * requests on one assignment run one after the other and the second sees the first one's result.
 */
export async function lockForActor(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string): Promise<Locked> {
  // The actor's context is read in the locking statement itself (issue 10: one round trip, not two).
  const [found] = await selectPrepared(
    tx,
    tx
      .select({ row: assignments, ...contextColumns(ctx.actor, sql`${assignments.id}`) })
      .from(assignments)
      .where(and(eq(assignments.id, id), visibleTo(ctx.actor)))
      .for("update"),
  );
  if (!found) {
    throw notFound();
  }
  const { row } = found;
  const context = toContext(found);
  const party = partyOf(ctx.actor, row, context.recipientStatus !== null);
  const facts = factsOf(row, context, ctx.now);
  return { row, party, facts, check: (action) => transition(action, facts, party) };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function applicationsQuery(tx: Executor, assignmentId: string, onlyWorker: string | null) {
  return tx
    .select({ application: assignmentApplications, name: users.name })
    .from(assignmentApplications)
    .innerJoin(users, eq(users.id, assignmentApplications.workerId))
    .where(
      and(
        eq(assignmentApplications.assignmentId, assignmentId),
        onlyWorker ? eq(assignmentApplications.workerId, onlyWorker) : undefined,
      ),
    )
    .orderBy(asc(assignmentApplications.createdAt));
}

function toApplications(row: AssignmentRow, rows: Awaited<ReturnType<typeof applicationsQuery>>): ApplicationView[] {
  const currency = row.currency as Currency;
  return rows.map(({ application: a, name }) => ({
    id: a.id,
    worker: { id: a.workerId, name },
    status: a.status,
    message: a.message,
    counterOffer:
      a.proposedPricing || a.proposedSchedule ? { pricing: a.proposedPricing, schedule: a.proposedSchedule } : null,
    maximumSpend: { amount: a.proposedPricing ? maximumSpend(a.proposedPricing) : row.maximumSpend, currency },
    createdAt: a.createdAt.toISOString(),
  }));
}

function recipientsQuery(tx: Executor, assignmentId: string) {
  return tx
    .select({ recipient: assignmentRecipients, name: users.name })
    .from(assignmentRecipients)
    .innerJoin(users, eq(users.id, assignmentRecipients.workerId))
    .where(eq(assignmentRecipients.assignmentId, assignmentId))
    .orderBy(asc(assignmentRecipients.invitedAt), asc(users.name));
}

function toRecipients(rows: Awaited<ReturnType<typeof recipientsQuery>>) {
  return rows.map(({ recipient: r, name }) => ({
    worker: { id: r.workerId, name },
    status: r.status,
    invitedAt: r.invitedAt.toISOString(),
    respondedAt: iso(r.respondedAt),
    reason: r.declineReason,
  }));
}

/** The calling worker's own invitation row: its status and the reason they gave, if any. */
function invitationQuery(tx: Executor, assignmentId: string, workerId: string) {
  return tx
    .select({ status: assignmentRecipients.status, reason: assignmentRecipients.declineReason })
    .from(assignmentRecipients)
    .where(and(eq(assignmentRecipients.assignmentId, assignmentId), eq(assignmentRecipients.workerId, workerId)));
}

function timeLogsQuery(tx: Executor, assignmentId: string) {
  return tx
    .select()
    .from(assignmentTimeLogs)
    .where(eq(assignmentTimeLogs.assignmentId, assignmentId))
    .orderBy(asc(assignmentTimeLogs.checkedInAt));
}

function toTimeLogs(row: AssignmentRow, rows: Awaited<ReturnType<typeof timeLogsQuery>>) {
  return rows.map((log) => ({
    id: log.id,
    checkedInAt: log.checkedInAt.toISOString(),
    checkedOutAt: iso(log.checkedOutAt),
    minutes: log.checkedOutAt ? Math.round((log.checkedOutAt.getTime() - log.checkedInAt.getTime()) / 60_000) : null,
    note: log.note,
    early: isEarly(log.checkedInAt, row.startsAt),
  }));
}

/**
 * The per-party view of a row the caller may see: used by GET and returned by every action. Everything the
 * assignments domain reads for it goes in one statement (issue 10: it was eleven round trips, each paid while an
 * action still held the row lock).
 */
export async function assignmentView(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  row: AssignmentRow,
): Promise<AssignmentView> {
  const { party, facts } = await partyAndFacts(tx, ctx.actor, row, ctx.now);
  if (!party) {
    throw notFound();
  }
  const client = party !== "assignee" && party !== "invitee";
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  // A company's id never equals a user's (both UUIDs), so one map holds every name.
  const named = [...new Set([row.createdBy, row.assignedWorkerId].filter((id): id is string => id !== null))];
  const scorecard = companySummaryRead(tx, row.companyId, ctx.now);
  // The invoice is for the company's members and the assigned worker (it pays them); invitees never see it.
  const invoice = client || party === "assignee" ? invoiceSql(row) : sql`NULL`;
  const rows = await selectBatch(tx, {
    scorecard: scorecard?.query ?? null,
    company: tx
      .select({ id: companies.id, name: companies.name, fundsSecured: fundsSecuredSql(row), invoice })
      .from(companies)
      .where(eq(companies.id, row.companyId)),
    people: tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, named)),
    invitation: !client && me ? invitationQuery(tx, row.id, me) : null,
    recipients: client ? recipientsQuery(tx, row.id) : null,
    applications: applicationsQuery(tx, row.id, client ? null : me),
    timeLogs: client || party === "assignee" ? timeLogsQuery(tx, row.id) : null,
    requests: requestsQuery(tx, row, party),
    ...deliverablesQueries(tx, row, party),
  });
  const names = new Map([...rows.company, ...rows.people].map((r) => [r.id, r.name]));
  return toAssignmentView({
    row,
    party,
    facts,
    companyName: names.get(row.companyId) ?? "",
    createdByName: names.get(row.createdBy) ?? "",
    assignedWorkerName: row.assignedWorkerId ? (names.get(row.assignedWorkerId) ?? null) : null,
    invitation: rows.invitation[0] ?? null,
    recipients: toRecipients(rows.recipients),
    applications: toApplications(row, rows.applications),
    timeLogs: toTimeLogs(row, rows.timeLogs),
    deliverables: toDeliverablesView(row, party, rows),
    requests: toRequestViews(row, party, rows.requests),
    companyScorecard: scorecard ? scorecard.decode(rows.scorecard) : null,
    fundsSecured: rows.company[0]?.fundsSecured ?? false,
    invoice: decodeInvoice(rows.company[0]?.invoice, ctx.now),
    now: ctx.now,
  });
}

/** Reads one assignment through the tenancy scope; invisible and missing look the same (404). */
export async function findVisible(tx: Executor, ctx: Pick<Ctx, "actor">, id: string): Promise<AssignmentRow> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), visibleTo(ctx.actor)));
  if (!row) {
    throw notFound();
  }
  return row;
}

/** Reads an assignment the caller can see, with their party on it and the facts (404 when invisible). */
export async function visibleWithParty(tx: Executor, ctx: Pick<Ctx, "actor" | "now">, id: string) {
  const row = await findVisible(tx, ctx, id);
  const { party, facts } = await partyAndFacts(tx, ctx.actor, row, ctx.now);
  if (!party) {
    throw notFound();
  }
  return { row, party, facts };
}
