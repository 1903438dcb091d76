/**
 * The per-party view of an assignment every read and action answers with: what it reads, in one statement built once
 * per shape (issue 10), and how the rows become the view.
 */
import { and, asc, eq, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Params } from "#platform/prepared";
import { preparedBatch } from "#platform/select-batch";
import { commitWithNextStatement } from "#platform/statement-rides";
import type { Currency } from "#shared/money";
import { isEarly } from "./approval-warnings";
import { toAssignmentView } from "./assignment-view";
import { contextColumns, toContext, workerIdOf } from "./context-steps";
import type { Party } from "./contract";
import { deliverablesQueries, toDeliverablesView } from "./deliverables/view-steps";
import { factsOf, partyOf } from "./party";
import { maximumSpend } from "./pricing";
import { type Arg, companySummaryReader, decodeInvoice, fundsSecuredSql, invoiceSql } from "./provider-steps";
import { requestsQuery, toRequestViews } from "./requests/queries";
import { type AssignmentRow, notFound } from "./scope";
import { assignmentApplications, assignmentRecipients, assignmentTimeLogs } from "./tables";
import type { ApplicationView, AssignmentView } from "./views";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

function applicationsQuery(tx: Executor, assignmentId: Arg, onlyWorker: Arg | null) {
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

function recipientsQuery(tx: Executor, assignmentId: Arg) {
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
function invitationQuery(tx: Executor, assignmentId: Arg, workerId: Arg) {
  return tx
    .select({ status: assignmentRecipients.status, reason: assignmentRecipients.declineReason })
    .from(assignmentRecipients)
    .where(and(eq(assignmentRecipients.assignmentId, assignmentId), eq(assignmentRecipients.workerId, workerId)));
}

function timeLogsQuery(tx: Executor, assignmentId: Arg) {
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

interface ViewValues {
  id: string;
  companyId: string;
  createdBy: string;
  assignedWorkerId: string | null;
  status: string;
  me: string | null;
  workerId: string | null;
  day: string;
  since: string;
  now: string;
}

interface ViewShape {
  party: Party;
  me: boolean;
  worker: boolean;
  scorecard: boolean;
}

/**
 * Everything the assignments domain reads for a view, in one statement built once per shape (issue 10): the party
 * decides which parts a caller may see, the values are placeholders. The actor's context (invitation, application,
 * open time log) rides on the company's row, which every assignment has.
 */
const viewStatement = preparedBatch((db: Executor, p: Params<ViewValues>, shape: ViewShape) => {
  const { party } = shape;
  const client = party !== "assignee" && party !== "invitee";
  const reader = shape.scorecard ? companySummaryReader() : null;
  // The invoice is for the company's members and the assigned worker (it pays them); invitees never see it.
  const invoice = client || party === "assignee" ? invoiceSql({ id: p.id }) : sql`NULL`;
  const funds = fundsSecuredSql({ id: p.id, companyId: p.companyId, status: p.status });
  return {
    scorecard: reader ? reader.query(db, { companyId: p.companyId, day: p.day, since: p.since, now: p.now }) : null,
    company: db
      .select({
        id: companies.id,
        name: companies.name,
        fundsSecured: funds,
        invoice,
        ...contextColumns(shape.worker ? p.workerId : null, p.id),
      })
      .from(companies)
      .where(eq(companies.id, p.companyId)),
    // A company's id never equals a user's (both UUIDs), so one map holds every name.
    people: db
      .select({ id: users.id, name: users.name })
      .from(users)
      .where(or(eq(users.id, p.createdBy), eq(users.id, p.assignedWorkerId))),
    invitation: !client && shape.me ? invitationQuery(db, p.id, p.me) : null,
    recipients: client ? recipientsQuery(db, p.id) : null,
    applications: applicationsQuery(db, p.id, client || !shape.me ? null : p.me),
    timeLogs: client || party === "assignee" ? timeLogsQuery(db, p.id) : null,
    requests: requestsQuery(db, { id: p.id, assignedWorkerId: p.assignedWorkerId }, party),
    ...deliverablesQueries(db, p.id, party),
  };
});

const noContext = { recipientStatus: null, applied: false, checkedIn: false };

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
  // Only "invitee or nobody" depends on the invitation, which the statement itself reads: checked right after.
  const party = partyOf(ctx.actor, row, true);
  if (!party) {
    throw notFound();
  }
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const workerId = workerIdOf(ctx.actor);
  const reader = companySummaryReader();
  const window = reader?.window(ctx.now) ?? { day: "", since: "", now: "" };
  const { id, companyId, createdBy, assignedWorkerId, status } = row;
  const rows = await viewStatement(
    tx,
    { id, companyId, createdBy, assignedWorkerId, status, me, workerId, ...window },
    { party, me: me !== null, worker: workerId !== null, scorecard: reader !== null },
  );
  const company = rows.company[0];
  const context = company ? toContext(company) : noContext;
  if (party === "invitee" && context.recipientStatus === null) {
    throw notFound();
  }
  const names = new Map([...rows.company, ...rows.people].map((r) => [r.id, r.name]));
  return toAssignmentView({
    row,
    party,
    facts: factsOf(row, context, ctx.now),
    companyName: names.get(row.companyId) ?? "",
    createdByName: names.get(row.createdBy) ?? "",
    assignedWorkerName: row.assignedWorkerId ? (names.get(row.assignedWorkerId) ?? null) : null,
    invitation: rows.invitation[0] ?? null,
    recipients: toRecipients(rows.recipients),
    applications: toApplications(row, rows.applications),
    timeLogs: toTimeLogs(row, rows.timeLogs),
    deliverables: toDeliverablesView(row, party, rows),
    requests: toRequestViews(row, party, rows.requests),
    companyScorecard: reader ? reader.decode(rows.scorecard, row.companyId) : null,
    fundsSecured: company?.fundsSecured ?? false,
    invoice: decodeInvoice(company?.invoice, ctx.now),
    now: ctx.now,
  });
}

/**
 * The view an action answers with, read as its transaction's last statement: on PostgreSQL the COMMIT rides in the
 * same write (platform/statement-rides.ts), one round trip fewer per action. Only at the end of an action's own
 * `ctx.transaction` callback: nothing may be sent after it.
 */
export function closingView(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  row: AssignmentRow,
): Promise<AssignmentView> {
  // An invitee is told "not found" after the read when the invitation is gone: that answer must roll the action back.
  const last = partyOf(ctx.actor, row, true) === "invitee" ? tx : commitWithNextStatement(tx);
  return assignmentView(last, ctx, row);
}
