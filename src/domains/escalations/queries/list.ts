import { eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { decodeCursor, toPage } from "#platform/pagination";
import { activeStatuses, type CaseQuery } from "../contract";
import { caseSummaries, isTeam } from "../scope";
import { escalationCases as c } from "../tables";
import type { EscalationList } from "../views";

/** Sorts ended cases (no update due) after every active one. */
const dueKey = sql`COALESCE(${c.nextUpdateDueAt}, 'infinity'::timestamptz)`;

function filters(ctx: Ctx, query: CaseQuery): SQL[] {
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const where: SQL[] = [];
  if (query.status) {
    where.push(eq(c.status, query.status));
  }
  if (query.state) {
    const active = inArray(c.status, [...activeStatuses]);
    where.push(query.state === "active" ? active : sql`NOT ${active}`);
  }
  if (query.category) {
    where.push(eq(c.category, query.category));
  }
  if (query.assignmentId) {
    where.push(eq(c.assignmentId, query.assignmentId));
  }
  if (query.assignee === "me") {
    where.push(me ? eq(c.assignedTo, me) : sql`false`);
  } else if (query.assignee === "nobody") {
    where.push(isNull(c.assignedTo));
  }
  return where;
}

/**
 * The caller's own cases, newest first; for the escalations team the queue: by the next update due, so overdue cases
 * rise to the top, then the oldest first (issue 15, items 3 and 4).
 */
export async function listEscalations(ctx: Ctx, query: CaseQuery): Promise<EscalationList> {
  const queue = isTeam(ctx.actor);
  const where = filters(ctx, query);
  const after = decodeCursor(query.cursor);
  if (after && queue) {
    where.push(
      sql`(${dueKey}, ${c.openedAt}, ${c.id}) > (${String(after[0])}::timestamptz, ${String(after[1])}::timestamptz, ${String(after[2])}::uuid)`,
    );
  } else if (after) {
    where.push(sql`(${c.openedAt}, ${c.id}) < (${String(after[0])}::timestamptz, ${String(after[1])}::uuid)`);
  }
  const order = queue
    ? [sql`${dueKey} ASC`, sql`${c.openedAt} ASC`, sql`${c.id} ASC`]
    : [sql`${c.openedAt} DESC`, sql`${c.id} DESC`];
  const rows = await caseSummaries(
    ctx.db,
    ctx,
    where.length ? sql.join(where, sql` AND `) : sql`true`,
    order,
    query.limit + 1,
  );
  return toPage(rows, query.limit, (row) =>
    queue ? [row.nextUpdateDueAt ?? "infinity", row.openedAt, row.id] : [row.openedAt, row.id],
  );
}
