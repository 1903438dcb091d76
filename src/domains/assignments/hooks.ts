/**
 * What other domains call, inside their own transaction, to move an assignment: escalations pause and resume
 * auto-approval, payments marks it paid. They are not HTTP use cases (no URL leads here), so they live outside
 * actions/; index.ts exports them. Each locks the row first, like every action.
 */
import { type Ctx, systemActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { scheduleAutoApproval } from "./follow-up-steps";
import { lockForActor } from "./scope";
import { saveAssignment } from "./steps";

const asSystem = (ctx: Ctx) => ({ actor: systemActor, now: ctx.now });

/** The one place escalations pause auto-approval; approval by a person still works. */
export async function holdAutoApproval(tx: Executor, ctx: Ctx, id: string, reason: string) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  if (locked.row.autoApprovalHold !== null) {
    return locked.row;
  }
  return saveAssignment(tx, ctx, locked, {
    set: { autoApprovalHold: reason, autoApprovalHeldAt: ctx.now },
    event: "assignment.auto_approval_held",
    data: { reason },
  });
}

/** Lifts the hold; the clock resumes where it stopped (the held time is added to the due time). */
export async function releaseAutoApproval(tx: Executor, ctx: Ctx, id: string) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  const { autoApprovalHold, autoApprovalHeldAt, autoApprovalDueAt } = locked.row;
  if (autoApprovalHold === null) {
    return locked.row;
  }
  const paused = autoApprovalHeldAt ? ctx.now.getTime() - autoApprovalHeldAt.getTime() : 0;
  const dueAt = autoApprovalDueAt ? new Date(autoApprovalDueAt.getTime() + paused) : null;
  const row = await saveAssignment(tx, ctx, locked, {
    set: { autoApprovalHold: null, autoApprovalHeldAt: null, autoApprovalDueAt: dueAt },
    event: "assignment.auto_approval_released",
    data: { dueAt: dueAt?.toISOString() ?? null },
  });
  if (row.status === "submitted") {
    await scheduleAutoApproval(tx, ctx, row);
  }
  return row;
}

/**
 * Called by the payments domain, inside its own transaction, when the worker has been paid. Payments has already
 * decided who may pay; here only the lifecycle (approved → paid, by the system) is checked.
 */
export async function markPaid(tx: Executor, ctx: Ctx, id: string, data: Record<string, unknown> = {}) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  const status = locked.check("markPaid");
  return saveAssignment(tx, ctx, locked, { status, set: { paidAt: ctx.now }, event: "assignment.paid", data });
}
