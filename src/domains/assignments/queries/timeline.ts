import { and, asc, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { events } from "#platform/tables";
import { visibleWithParty } from "../scope";
import type { Timeline } from "../views";

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
  const { row, party } = await visibleWithParty(ctx.db, ctx, id);
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
