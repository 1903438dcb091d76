import { type Ctx, systemActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { lockForActor } from "../queries";
import { scheduleAutoApproval } from "./follow-up";
import { saveAssignment } from "./save";

/** The one place escalations pause auto-approval; approval by a person still works. */
export async function holdAutoApproval(tx: Executor, ctx: Ctx, id: string, reason: string) {
  const locked = await lockForActor(tx, { actor: systemActor, now: ctx.now }, id);
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
  const locked = await lockForActor(tx, { actor: systemActor, now: ctx.now }, id);
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
