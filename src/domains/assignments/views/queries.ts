import { and, asc, eq, inArray } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { events } from "#platform/tables";
import type { Currency } from "#shared/money";
import { getDeliverablesView } from "../deliverables/queries";
import { maximumSpend } from "../pricing";
import { type AssignmentRow, notFound, partyAndFacts, visibleTo } from "../queries";
import { requestViews } from "../requests/queries";
import { assignmentApplications, assignmentRecipients, assignments, assignmentTimeLogs } from "../tables";
import type { ApplicationView, AssignmentView, Timeline } from "./contract";
import { toAssignmentView } from "./view";

const iso = (d: Date | null) => (d ? d.toISOString() : null);

async function namesOf(tx: Executor, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) {
    return new Map();
  }
  const rows = await tx.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

async function applicationsOf(tx: Executor, row: AssignmentRow, onlyWorker: string | null): Promise<ApplicationView[]> {
  const rows = await tx
    .select({ application: assignmentApplications, name: users.name })
    .from(assignmentApplications)
    .innerJoin(users, eq(users.id, assignmentApplications.workerId))
    .where(
      and(
        eq(assignmentApplications.assignmentId, row.id),
        onlyWorker ? eq(assignmentApplications.workerId, onlyWorker) : undefined,
      ),
    )
    .orderBy(asc(assignmentApplications.createdAt));
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

async function recipientsOf(tx: Executor, assignmentId: string) {
  const rows = await tx
    .select({ recipient: assignmentRecipients, name: users.name })
    .from(assignmentRecipients)
    .innerJoin(users, eq(users.id, assignmentRecipients.workerId))
    .where(eq(assignmentRecipients.assignmentId, assignmentId))
    .orderBy(asc(assignmentRecipients.invitedAt), asc(users.name));
  return rows.map(({ recipient: r, name }) => ({
    worker: { id: r.workerId, name },
    status: r.status,
    invitedAt: r.invitedAt.toISOString(),
    respondedAt: iso(r.respondedAt),
    reason: r.declineReason,
  }));
}

/** The calling worker's own invitation row: its status and the reason they gave, if any. */
async function invitationOf(tx: Executor, assignmentId: string, workerId: string | null) {
  if (!workerId) {
    return null;
  }
  const [row] = await tx
    .select({ status: assignmentRecipients.status, reason: assignmentRecipients.declineReason })
    .from(assignmentRecipients)
    .where(and(eq(assignmentRecipients.assignmentId, assignmentId), eq(assignmentRecipients.workerId, workerId)));
  return row ?? null;
}

async function timeLogsOf(tx: Executor, assignmentId: string) {
  const rows = await tx
    .select()
    .from(assignmentTimeLogs)
    .where(eq(assignmentTimeLogs.assignmentId, assignmentId))
    .orderBy(asc(assignmentTimeLogs.checkedInAt));
  return rows.map((log) => ({
    id: log.id,
    checkedInAt: log.checkedInAt.toISOString(),
    checkedOutAt: iso(log.checkedOutAt),
    minutes: log.checkedOutAt ? Math.round((log.checkedOutAt.getTime() - log.checkedInAt.getTime()) / 60_000) : null,
    note: log.note,
  }));
}

/** The per-party view of a row the caller may see: used by GET and returned by every action. */
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
  const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, row.companyId));
  const names = await namesOf(tx, [row.createdBy, row.assignedWorkerId]);
  return toAssignmentView({
    row,
    party,
    facts,
    companyName: company?.name ?? "",
    createdByName: names.get(row.createdBy) ?? "",
    assignedWorkerName: row.assignedWorkerId ? (names.get(row.assignedWorkerId) ?? null) : null,
    invitation: client ? null : await invitationOf(tx, row.id, me),
    recipients: client ? await recipientsOf(tx, row.id) : [],
    applications: await applicationsOf(tx, row, client ? null : me),
    timeLogs: client || party === "assignee" ? await timeLogsOf(tx, row.id) : [],
    deliverables: await getDeliverablesView(tx, row, party),
    requests: await requestViews(tx, row, party),
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

export async function getAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return assignmentView(ctx.db, ctx, await findVisible(ctx.db, ctx, id));
}

/** Events a worker sees on the timeline when they carry no workerId; the rest is the client's own business. */
const sharedEvents = new Set([
  "assignment.updated",
  "assignment.withdrawn",
  "assignment.cancelled",
  "assignment.held",
  "assignment.resumed",
  "assignment.submitted",
  "assignment.approved",
  "assignment.returned",
  "assignment.paid",
  "assignment.auto_approval_held",
  "assignment.auto_approval_released",
]);

/**
 * The assignment's history as a timeline for both sides. A worker sees the events about themself and the shared
 * ones, never another worker's answers or the recipient list.
 */
export async function getTimeline(ctx: Ctx, id: string): Promise<Timeline> {
  const row = await findVisible(ctx.db, ctx, id);
  const { party } = await partyAndFacts(ctx.db, ctx.actor, row, ctx.now);
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const rows = await ctx.db
    .select({ event: events, actorName: users.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.subjectType, "assignment"), eq(events.subjectId, row.id)))
    .orderBy(asc(events.seq));
  const worker = party === "assignee" || party === "invitee";
  const visible = rows.filter(({ event }) => {
    if (!worker) {
      return true;
    }
    const about = event.data.workerId;
    return about === me || (about === undefined && sharedEvents.has(event.action));
  });
  return {
    items: visible.map(({ event, actorName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      action: event.action,
      actor: { kind: event.actorKind, id: event.actorId, name: actorName },
      data: event.data,
    })),
  };
}
