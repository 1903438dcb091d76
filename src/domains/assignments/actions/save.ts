import { eq, sql } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import type { AssignmentStatus } from "../contract";
import type { AssignmentRow, Locked } from "../queries";
import { assignments, assignmentTotals } from "../tables";

export type AssignmentChanges = Partial<Omit<typeof assignments.$inferInsert, "id" | "version" | "updatedAt">>;

type Counted = Pick<AssignmentRow, "companyId" | "status" | "currency" | "maximumSpend" | "extraBudget">;

/**
 * Moves an assignment between the company's totals (see `assignmentTotals`): a delta out of its old status and
 * currency, a delta into the new. Appended, never updated, so no two transactions wait on each other here. The
 * amount is the ceiling the list shows: the priced maximum plus accepted increases.
 */
export async function moveTotals(tx: Executor, before: Counted | null, after: Counted | null): Promise<void> {
  const deltas = new Map<string, Counted & { count: number }>();
  for (const [row, sign] of [
    [before, -1],
    [after, 1],
  ] as const) {
    if (row) {
      const key = `${row.companyId}|${row.status}|${row.currency}`;
      const delta = deltas.get(key) ?? { ...row, count: 0, maximumSpend: 0 };
      deltas.set(key, {
        ...delta,
        count: delta.count + sign,
        maximumSpend: delta.maximumSpend + sign * (row.maximumSpend + row.extraBudget),
      });
    }
  }
  const rows = [...deltas.values()].filter((d) => d.count !== 0 || d.maximumSpend !== 0);
  if (rows.length > 0) {
    await tx.insert(assignmentTotals).values(
      rows.map(({ companyId, status, currency, count, maximumSpend }) => ({
        companyId,
        status,
        currency,
        count,
        maximumSpend,
      })),
    );
  }
}

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
  await moveTotals(tx, locked.row, row);
  const statusChange = status === before ? {} : { from: before, to: status };
  await recordAssignmentEvent(tx, ctx, row.id, change.event, { ...statusChange, ...change.data });
  return row;
}
