/**
 * What the acting worker's relation to an assignment adds to the facts (invitation, pending application, open time
 * log): read in the locking statement itself, or for any number of assignments in one statement.
 */
import { isNull, type SQL, sql } from "drizzle-orm";
import type { Actor } from "#platform/context";
import type { Executor } from "#platform/db";
import { selectPrepared } from "#platform/prepared";
import type { RecipientStatus } from "./contract";
import { assignmentApplications, assignmentRecipients, assignmentTimeLogs } from "./tables";

export interface ActorContext {
  recipientStatus: RecipientStatus | null;
  applied: boolean;
  checkedIn: boolean;
}

/** What the acting worker's relation to an assignment adds to the facts (invitation, open time log, application). */
export function contextColumns(actor: Actor, id: SQL) {
  const workerId = actor.kind === "user" && actor.accountType === "worker" ? actor.userId : null;
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

/**
 * The actor's context for each assignment, in one statement for any number of them, so a page of the inbox costs
 * one query, not one per item.
 */
export async function actorContexts(tx: Executor, actor: Actor, ids: string[]): Promise<Map<string, ActorContext>> {
  if (ids.length === 0) {
    return new Map();
  }
  const id = sql`a.id`;
  // The ids as one array parameter: one statement text for any number of them, prepared once (prepared.ts).
  const found = await selectPrepared(
    tx,
    tx
      .select({ id: sql<string>`${id}`, ...contextColumns(actor, id) })
      .from(sql`unnest(${sql.param(ids)}::uuid[]) AS a(id)`),
  );
  return new Map(found.map((row) => [row.id, toContext(row)]));
}
