/**
 * Which of an assignment's events each caller reads (GET /events?subject=assignment:<id>, and the deprecated timeline):
 * the company all of them, a worker it was sent to their share.
 */
import { and, eq, inArray, or, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { events } from "#platform/tables";
import { partyAndFacts, visibleTo } from "./scope";
import { assignments } from "./tables";

/** Events a worker sees in the history when they carry no workerId; the rest is the client's own business. */
const sharedEvents = [
  "assignment.updated",
  "assignment.withdrawn",
  "assignment.cancelled",
  "assignment.held",
  "assignment.resumed",
  "assignment.submitted",
  "assignment.approved",
  "assignment.invoiced",
  "assignment.returned",
  "assignment.paid",
  "assignment.auto_approval_held",
  "assignment.auto_approval_released",
];

/** A worker's share of an assignment's history: the events about them, and the shared ones about nobody in particular. */
export function partyEvents(workerId: string): SQL {
  return or(
    sql`${events.data}->>'workerId' = ${workerId}`,
    sql`(not ${events.data} ? 'workerId' and ${inArray(events.action, sharedEvents)})`,
  ) as SQL;
}

/**
 * Which of an assignment's events a caller reads through GET /events (history domain), as a condition on the events
 * table; null when the assignment is not theirs to see (404). The company's members read all of it; a worker it was
 * sent to reads the events about themself and the shared ones (partyEvents), never another worker's answers.
 */
export async function assignmentHistoryScope(
  tx: Executor,
  ctx: Pick<Ctx, "actor" | "now">,
  id: string,
): Promise<SQL | null> {
  const [row] = await tx
    .select()
    .from(assignments)
    .where(and(eq(assignments.id, id), visibleTo(ctx.actor)));
  if (!row) {
    return null;
  }
  const { party } = await partyAndFacts(tx, ctx.actor, row, ctx.now);
  if (party === "assignee" || party === "invitee") {
    return ctx.actor.kind === "user" ? partyEvents(ctx.actor.userId) : null;
  }
  return party ? sql`true` : null;
}
