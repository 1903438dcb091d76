/**
 * The checks other domains make inside their own transaction (issue 15 item 10): assignments before routing,
 * accepting, applying and requests; messages before a post; talent before pool invitations and applications. They
 * sit here, low in the registry (companies, below workers, talent, assignments and messages), so every domain that
 * needs the check imports it downward; see docs/architecture.md.
 */
import { and, eq, inArray, isNull, type SQL, sql } from "drizzle-orm";
import type { UserActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { Problem } from "#shared/problems";
import { blocks } from "./tables";

/**
 * A condition true when no live block (by either side) stands between the company and the worker columns given,
 * for list queries ("neither sees the other's new work"). One indexed probe per row (blocks_worker_idx).
 */
export function notBlocked(companyId: SQL | unknown, workerId: SQL | unknown): SQL {
  return sql`NOT EXISTS (SELECT 1 FROM ${blocks} WHERE ${blocks.companyId} = ${companyId} AND ${blocks.workerId} = ${workerId} AND ${blocks.removedAt} IS NULL)`;
}

/** Which of these workers stand in a live block with the company, whichever side blocked. */
export async function blockedWorkers(tx: Executor, companyId: string, workerIds: readonly string[]) {
  if (workerIds.length === 0) {
    return new Set<string>();
  }
  const rows = await tx
    .select({ workerId: blocks.workerId })
    .from(blocks)
    .where(and(eq(blocks.companyId, companyId), inArray(blocks.workerId, [...workerIds]), isNull(blocks.removedAt)));
  return new Set(rows.map((r) => r.workerId));
}

/**
 * Refuses with 403 `blocked` when any of the workers and the company blocked each other. The words are the same
 * whichever side blocked, so the refusal never tells a party that the other one chose it (the blocker knows its own
 * blocks from its settings). `pointer` names the body field per worker when the request listed several.
 */
export async function refuseIfBlocked(
  tx: Executor,
  companyId: string,
  workerIds: readonly string[],
  pointer?: (index: number) => string,
): Promise<void> {
  const refusal = blockedProblem(workerIds, await blockedWorkers(tx, companyId, workerIds), pointer);
  if (refusal) {
    throw refusal;
  }
}

/**
 * The 403 `blocked` for the workers found blocked, or null when none is: for a caller that read the blocks in a
 * statement of its own (`notBlocked`), as assignments does in its lock and its recipients read (issue 10).
 */
export function blockedProblem(
  workerIds: readonly string[],
  blocked: ReadonlySet<string>,
  pointer?: (index: number) => string,
): Problem | null {
  if (!workerIds.some((id) => blocked.has(id))) {
    return null;
  }
  const errors = pointer
    ? workerIds.flatMap((id, index) =>
        blocked.has(id)
          ? [{ pointer: pointer(index), message: "This worker and the company cannot work together." }]
          : [],
      )
    : undefined;
  return new Problem(
    "blocked",
    workerIds.length > 1
      ? "Some of these workers and this company cannot work together on Worklane: a block stands between them."
      : "This worker and this company cannot work together on Worklane: a block stands between them.",
    {},
    errors,
  );
}

/** Whether the actor may read this block's history: the side that blocked, or staff. */
export async function blockHistoryVisible(tx: Executor, actor: UserActor, id: string): Promise<boolean> {
  const [row] = await tx.select().from(blocks).where(eq(blocks.id, id));
  if (!row) {
    return false;
  }
  if (actor.accountType === "staff") {
    return true;
  }
  return row.blockedBy === "worker" ? actor.userId === row.workerId : actor.companyId === row.companyId;
}
