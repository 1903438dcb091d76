import { userActor } from "#domains/accounts/index";
import {
  ensureOwnSet,
  ensureWorker,
  overrideRequirements,
  type RequirementResult,
  requirementsFor,
} from "#domains/talent/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { lockForActor } from "../scope";
import { saveAssignment } from "../steps";
import type { AssignmentRequirementSet, AttachRequirementSet, OverrideRequirements } from "./contract";
import { gateOf } from "./gate";

/** Statuses in which the gate still matters: nobody has the work yet. */
const open = ["draft", "sent"];

/** A company admin or manager attaches one of its sets to an assignment not yet taken (or takes it off). */
export async function attachRequirementSet(
  ctx: Ctx,
  id: string,
  input: AttachRequirementSet,
): Promise<AssignmentRequirementSet> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    if (!open.includes(locked.row.status)) {
      throw new Problem("invalid_transition", "Requirements can change only while nobody has taken the assignment.", {
        currentStatus: locked.row.status,
        action: "attachRequirementSet",
      });
    }
    const set = input.requirementSetId ? await ensureOwnSet(tx, locked.row.companyId, input.requirementSetId) : null;
    await saveAssignment(tx, ctx, locked, {
      set: { requirementSetId: set?.id ?? null },
      event: "assignment.requirement_set_changed",
      data: { before: locked.row.requirementSetId, after: set?.id ?? null, name: set?.name ?? null },
    });
    return { assignmentId: id, requirementSet: set };
  });
}

/** A company admin or manager lets one worker through the assignment's requirements, saying why (recorded). */
export async function overrideAssignmentRequirements(
  ctx: Ctx,
  id: string,
  input: OverrideRequirements,
): Promise<RequirementResult> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    await ensureWorker(tx, input.workerId, "/body/workerId");
    const gate = gateOf(locked.row);
    await overrideRequirements(tx, ctx, {
      companyId: locked.row.companyId,
      subject: gate.subject,
      workerId: input.workerId,
      reason: input.reason,
      by: actor.userId,
    });
    return requirementsFor(tx, ctx, gate, input.workerId);
  });
}
