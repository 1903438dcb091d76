import { type Ctx, systemActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { lockForActor } from "../queries";
import { saveAssignment } from "./save";

/**
 * Called down by the payments domain, inside its own transaction, when the worker has been paid. Payments has
 * already decided who may pay; here only the lifecycle (approved → paid, by the system) is checked.
 */
export async function markPaid(tx: Executor, ctx: Ctx, id: string, data: Record<string, unknown> = {}) {
  const locked = await lockForActor(tx, { actor: systemActor, now: ctx.now }, id);
  const status = locked.check("markPaid");
  return saveAssignment(tx, ctx, locked, { status, set: { paidAt: ctx.now }, event: "assignment.paid", data });
}
