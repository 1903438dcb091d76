import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type Locked, lockForActor } from "../queries";
import { closeOpenRequests } from "../requests/actions/save";
import type { AssignmentView } from "../views/contract";
import { assignmentView } from "../views/queries";
import { notify } from "./notify";
import { saveAssignment } from "./save";

/**
 * Approval by a person or by the system (auto-approval); either way through the lifecycle table, which refuses the
 * system while an escalation holds auto-approval. Payment follows in the payments domain (payment terms from here).
 */
export async function approveLocked(tx: Executor, ctx: Ctx, locked: Locked) {
  const status = locked.check("approve");
  const auto = locked.party === "system";
  const closedRequestIds = await closeOpenRequests(tx, ctx, locked.row.id);
  const row = await saveAssignment(tx, ctx, locked, {
    status,
    set: { approvedAt: ctx.now, autoApprovalDueAt: null, openRequestCount: 0 },
    event: "assignment.approved",
    data: { auto, amount: locked.row.claimedAmount, paymentTermsDays: locked.row.paymentTermsDays, closedRequestIds },
  });
  await notify(tx, ctx, [row.assignedWorkerId], row.id, {
    subject: `Approved: ${row.title}`,
    text: `"${row.title}" was approved${auto ? " automatically" : ""}. Payment is due within ${row.paymentTermsDays} days.`,
  });
  return row;
}

export async function approveAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    return assignmentView(tx, ctx, await approveLocked(tx, ctx, locked));
  });
}
