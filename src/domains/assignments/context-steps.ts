/**
 * What the acting worker's relation to an assignment adds to the facts (invitation, pending application, open time
 * log): read in the locking statement itself, in the view's one statement, or for any number of assignments at once.
 */
import { isNull, type SQL, type SQLWrapper, sql } from "drizzle-orm";
import type { Actor } from "#platform/context";
import type { Executor } from "#platform/db";
import { type Params, preparedSelect } from "#platform/prepared";
import type { RecipientStatus } from "./contract";
import { assignmentApplications, assignmentRecipients, assignmentTimeLogs } from "./tables";

export interface ActorContext {
  recipientStatus: RecipientStatus | null;
  applied: boolean;
  checkedIn: boolean;
}

/** The worker whose invitation and application count: the acting user when they are a worker. */
export const workerIdOf = (actor: Actor): string | null =>
  actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null;

/**
 * The context as columns of another statement, for assignment `id`. `workerId` is a value or a prepared statement's
 * placeholder; null (not a worker) leaves the worker's columns out of the text.
 */
export function contextColumns(workerId: string | SQLWrapper | null, id: SQL | SQLWrapper) {
  return {
    recipientStatus: workerId
      ? sql<RecipientStatus | null>`(SELECT ${assignmentRecipients.status} FROM ${assignmentRecipients} WHERE ${assignmentRecipients.assignmentId} = ${id} AND ${assignmentRecipients.workerId} = ${workerId})`
      : sql<null>`NULL`,
    applied: workerId
      ? sql<boolean>`EXISTS (SELECT 1 FROM ${assignmentApplications} WHERE ${assignmentApplications.assignmentId} = ${id} AND ${assignmentApplications.workerId} = ${workerId} AND ${assignmentApplications.status} = 'pending')`
      : sql<boolean>`false`,
    checkedIn: sql<boolean>`EXISTS (SELECT 1 FROM ${assignmentTimeLogs} WHERE ${assignmentTimeLogs.assignmentId} = ${id} AND ${isNull(assignmentTimeLogs.checkedOutAt)})`,
  };
}

export const toContext = (row: { recipientStatus: RecipientStatus | null; applied: boolean; checkedIn: boolean }) => ({
  recipientStatus: row.recipientStatus ?? null,
  applied: row.applied ?? false,
  checkedIn: row.checkedIn ?? false,
});

const id = sql`a.id`;
// The ids as one array parameter: one statement text for any number of them (prepared.ts), per kind of actor.
const contextsOf = preparedSelect(
  (db: Executor, p: Params<{ ids: string[]; workerId: string | null }>, worker: boolean) =>
    db
      .select({ id: sql<string>`${id}`, ...contextColumns(worker ? p.workerId : null, id) })
      .from(sql`unnest(${p.ids}::uuid[]) AS a(id)`),
);

/**
 * The actor's context for each assignment, in one statement for any number of them, so a page of the inbox costs
 * one query, not one per item.
 */
export async function actorContexts(tx: Executor, actor: Actor, ids: string[]): Promise<Map<string, ActorContext>> {
  if (ids.length === 0) {
    return new Map();
  }
  const workerId = workerIdOf(actor);
  const found = await contextsOf(tx, { ids, workerId }, workerId !== null);
  return new Map(found.map((row) => [row.id, toContext(row)]));
}
