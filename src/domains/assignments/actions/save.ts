import { eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import type { AssignmentStatus } from "../contract";
import type { AssignmentRow, Locked } from "../queries";
import { assignments } from "../tables";

export type AssignmentChanges = Partial<Omit<typeof assignments.$inferInsert, "id" | "version" | "updatedAt">>;

/** The assignment's history entry: `assignment.<past tense>`, shown on both sides' timelines (filtered per party). */
export async function recordAssignmentEvent(
  tx: Executor,
  ctx: Ctx,
  assignmentId: string,
  action: string,
  data: Record<string, unknown> = {},
): Promise<void> {
  await recordEvent(tx, ctx, { action, subject: { type: "assignment", id: assignmentId }, data });
}

/**
 * Writes a locked assignment and its event together: every change bumps the version (optimistic concurrency for
 * edits) and appends to the history in the same transaction.
 */
export async function saveAssignment(
  tx: Executor,
  ctx: Ctx,
  locked: Pick<Locked, "row">,
  change: { status?: AssignmentStatus; set?: AssignmentChanges; event: string; data?: Record<string, unknown> },
): Promise<AssignmentRow> {
  const before = locked.row.status;
  const status = change.status ?? before;
  const [row] = await tx
    .update(assignments)
    .set({ ...change.set, status, version: sql`${assignments.version} + 1`, updatedAt: ctx.now })
    .where(eq(assignments.id, locked.row.id))
    .returning();
  if (!row) {
    throw new Error(`assignment ${locked.row.id} vanished while locked`);
  }
  const statusChange = status === before ? {} : { from: before, to: status };
  await recordAssignmentEvent(tx, ctx, row.id, change.event, { ...statusChange, ...change.data });
  return row;
}
