import { and, eq, isNull, type SQL, sql } from "drizzle-orm";
import type { Actor, Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import type { AssignmentAction, AssignmentStatus, Party, RecipientStatus } from "./contract";
import { assignmentLifecycle, type Facts, transition } from "./lifecycle";
import { factsOf, partyOf } from "./party";
import { assignmentApplications, assignmentRecipients, assignments, assignmentTimeLogs } from "./tables";

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

interface ActorContext {
  recipientStatus: RecipientStatus | null;
  applied: boolean;
  checkedIn: boolean;
}

/**
 * What the acting worker's relation to each assignment adds to the facts: invitation, open time log, application.
 * One statement for any number of assignments, so a page of the inbox costs one query, not one per item.
 */
async function actorContexts(tx: Executor, actor: Actor, ids: string[]): Promise<Map<string, ActorContext>> {
  if (ids.length === 0) {
    return new Map();
  }
  const workerId = actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null;
  const id = sql`a.id`;
  const found = await tx
    .select({
      id: sql<string>`${id}`,
      recipientStatus: workerId
        ? sql<RecipientStatus | null>`(SELECT ${assignmentRecipients.status} FROM ${assignmentRecipients} WHERE ${assignmentRecipients.assignmentId} = ${id} AND ${assignmentRecipients.workerId} = ${workerId})`
        : sql<null>`NULL`,
      applied: workerId
        ? sql<boolean>`EXISTS (SELECT 1 FROM ${assignmentApplications} WHERE ${assignmentApplications.assignmentId} = ${id} AND ${assignmentApplications.workerId} = ${workerId} AND ${assignmentApplications.status} = 'pending')`
        : sql<boolean>`false`,
      checkedIn: sql<boolean>`EXISTS (SELECT 1 FROM ${assignmentTimeLogs} WHERE ${assignmentTimeLogs.assignmentId} = ${id} AND ${isNull(assignmentTimeLogs.checkedOutAt)})`,
    })
    .from(
      sql`unnest(ARRAY[${sql.join(
        ids.map((value) => sql`${value}`),
        sql`, `,
      )}]::uuid[]) AS a(id)`,
    );
  return new Map(
    found.map((row) => [
      row.id,
      {
        recipientStatus: row.recipientStatus ?? null,
        applied: row.applied ?? false,
        checkedIn: row.checkedIn ?? false,
      },
    ]),
  );
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
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), visibleTo(ctx.actor)))
    .for("update");
  if (!row) {
    throw notFound();
  }
  const { party, facts } = await partyAndFacts(tx, ctx.actor, row, ctx.now);
  return { row, party, facts, check: (action) => transition(assignmentLifecycle, action, facts, party) };
}

/**
 * Who may read an assignment's full history through GET /events (history domain): the owning company's members.
 * Workers read the per-party timeline (GET /assignments/{id}/timeline), which leaves out other workers' answers.
 */
export async function canSeeAssignmentHistory(
  tx: Executor,
  actor: { companyId: string | null; accountType: string },
  id: string,
): Promise<boolean> {
  if (actor.accountType !== "client" || !actor.companyId) {
    return false;
  }
  const rows = await tx
    .select({ id: assignments.id })
    .from(assignments)
    .where(and(eq(assignments.id, id), eq(assignments.companyId, actor.companyId)));
  return rows.length > 0;
}
