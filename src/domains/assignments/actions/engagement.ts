import { and, eq } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { releaseHandIns } from "../deliverables/actions/release";
import type { Locked } from "../queries";
import { closeOpenRequests } from "../requests/actions/save";
import { assignmentRecipients } from "../tables";
import { closeTimeLog } from "./check-out";
import { type AssignmentChanges, saveAssignment } from "./save";

/*
 * A worker's engagement: what belongs to the one assigned worker and never passes to the next. A new worker starts
 * from the posted terms: no confirmation, no budget increase or expense someone else had accepted (the claim's
 * ceiling is `maximumSpend + extraBudget`), no open request, and nothing handed in: no file, report, checklist tick
 * or worker-filled value of the earlier worker (archived for the company, see deliverables/actions/release.ts). Every transition that puts a worker on an assignment
 * (accept, select an application, assign directly) sets `engage(workerId)`; every one that takes them off (abandon,
 * no-show) calls `releaseWorker`. Cancel and approve end the assignment and keep the worker on record.
 */

/**
 * The columns a new engagement starts with. Release already cleared them; setting them again here keeps a row that
 * was released before releases cleared the extra budget from handing it on.
 */
export function engage(workerId: string) {
  return {
    assignedWorkerId: workerId,
    confirmedAt: null,
    extraBudget: 0,
    openRequestCount: 0,
  } satisfies AssignmentChanges;
}

/** How a worker came off an assignment: their own invitation keeps it, so each side can tell which it was. */
export interface Release {
  status: Locked["row"]["status"];
  event: string;
  /** `abandoned`: the worker left (with their reason); `no_show`: the client recorded that they never came. */
  outcome: "abandoned" | "no_show";
  reason?: string;
}

/**
 * Takes the worker off the assignment (abandon, no-show): back to draft, ready to be sent again. Their invitation
 * records how it ended, their open time log and unanswered requests close, what they had been granted
 * (`extraBudget`) goes with them, and their hand-ins are released (kept for the company, counted for no one); the
 * event records all of it, so the history shows what the next worker does not inherit, and names the worker (the
 * no-show's actor is the client, so the entry would not say who otherwise).
 */
export async function releaseWorker(tx: Executor, ctx: Ctx, locked: Locked, change: Release) {
  const workerId = locked.row.assignedWorkerId;
  let workerName: string | null = null;
  let handIns: Awaited<ReturnType<typeof releaseHandIns>> | null = null;
  if (workerId) {
    handIns = await releaseHandIns(tx, ctx.now, locked.row.id, workerId);
    await tx
      .update(assignmentRecipients)
      .set({ status: change.outcome, respondedAt: ctx.now, declineReason: change.reason ?? null })
      .where(and(eq(assignmentRecipients.assignmentId, locked.row.id), eq(assignmentRecipients.workerId, workerId)));
    const [worker] = await tx.select({ name: users.name }).from(users).where(eq(users.id, workerId));
    workerName = worker?.name ?? null;
  }
  await closeTimeLog(tx, ctx.now, locked.row.id);
  const closedRequestIds = await closeOpenRequests(tx, ctx, locked.row.id);
  return saveAssignment(tx, ctx, locked, {
    status: change.status,
    set: {
      assignedWorkerId: null,
      confirmedAt: null,
      holdReason: null,
      invitationsExpireAt: null,
      completenessScore: null,
      completenessFindings: null,
      openRequestCount: 0,
      extraBudget: 0,
      ...(handIns ? { deliverablesDueAt: handIns.deliverablesDueAt } : {}),
    },
    event: change.event,
    data: {
      workerId,
      workerName,
      ...(change.reason === undefined ? {} : { reason: change.reason }),
      closedRequestIds,
      extraBudgetCleared: locked.row.extraBudget,
      ...handIns?.data,
    },
  });
}
