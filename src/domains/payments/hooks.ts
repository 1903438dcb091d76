/**
 * What other domains call inside their own transaction: escalations pause auto-pay for an assignment while a case is
 * open and lift the pause when it closes (issue 15, item 2). No URL leads here; index.ts exports them.
 */
import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { autoPayHolds } from "./tables";

/** Pauses auto-pay for the assignment's invoices, open now or opened later; a second hold changes nothing. */
export async function holdAutoPay(tx: Executor, ctx: Ctx, assignmentId: string, reason: string): Promise<void> {
  const held = await tx
    .insert(autoPayHolds)
    .values({ assignmentId, reason, heldAt: ctx.now })
    .onConflictDoNothing()
    .returning();
  if (held.length > 0) {
    await recordEvent(tx, ctx, {
      action: "payments.auto_pay_held",
      subject: { type: "assignment", id: assignmentId },
      data: { reason },
    });
  }
}

/** Lifts the pause: the next auto-pay run pays what is due. */
export async function releaseAutoPay(tx: Executor, ctx: Ctx, assignmentId: string): Promise<void> {
  const released = await tx.delete(autoPayHolds).where(eq(autoPayHolds.assignmentId, assignmentId)).returning();
  if (released.length > 0) {
    await recordEvent(tx, ctx, {
      action: "payments.auto_pay_released",
      subject: { type: "assignment", id: assignmentId },
    });
  }
}
