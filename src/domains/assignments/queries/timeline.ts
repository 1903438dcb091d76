import { and, asc, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import { events } from "#platform/tables";
import { assignmentHistoryScope } from "../history-steps";
import { notFound } from "../scope";
import type { Timeline } from "../views";

/**
 * Deprecated (docs/api-changes.md): the assignment's history for either side in one unpaged list. GET
 * /events?subject=assignment:<id> answers the same events, a page at a time, to the company and its workers alike.
 */
export async function getTimeline(ctx: Ctx, id: string): Promise<Timeline> {
  const scope = await assignmentHistoryScope(ctx.db, ctx, id);
  if (!scope) {
    throw notFound();
  }
  const rows = await ctx.db
    .select({ event: events, actorName: users.name })
    .from(events)
    .leftJoin(users, eq(users.id, events.actorId))
    .where(and(eq(events.subjectType, "assignment"), eq(events.subjectId, id), scope))
    .orderBy(asc(events.seq));
  return {
    items: rows.map(({ event, actorName }) => ({
      id: event.id,
      at: event.at.toISOString(),
      action: event.action,
      actor: { kind: event.actorKind, id: event.actorId, name: actorName },
      data: event.data,
    })),
  };
}
