import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordAssignmentEvent, saveAssignment } from "../../actions/save";
import { type Locked, lockForActor } from "../../queries";
import { requirementStates } from "../queries";
import { checkRule, earliestDue, type PartyRule } from "../rules";

/** Locks the assignment (404 when invisible) and checks this sub-area's rule for the caller (403 / 409). */
export async function lockFor(tx: Executor, ctx: Ctx, id: string, rule: PartyRule, action: string): Promise<Locked> {
  const locked = await lockForActor(tx, ctx, id);
  checkRule(rule, { status: locked.row.status, onHold: locked.facts.onHold }, locked.party, action);
  return locked;
}

/**
 * Records a deliverables change on the assignment's timeline. The assignment row keeps two figures from this
 * sub-area (how many deliverables are named, for the completeness report; the earliest due time of a missing one,
 * for the "deliverable late" label); when they move, the core's saveAssignment writes them with the event.
 * `workerId` lets the assigned worker see the entry on their timeline.
 */
export async function recordDeliverableChange(
  tx: Executor,
  ctx: Ctx,
  locked: Locked,
  event: string,
  data: Record<string, unknown>,
): Promise<void> {
  const states = (await requirementStates(tx, locked.row.id)).map((r) => r.state);
  const derived = { deliverableCount: states.length, deliverablesDueAt: earliestDue(states) };
  const withWorker = { workerId: locked.row.assignedWorkerId, ...data };
  const unchanged =
    derived.deliverableCount === locked.row.deliverableCount &&
    derived.deliverablesDueAt?.getTime() === locked.row.deliverablesDueAt?.getTime();
  if (unchanged) {
    await recordAssignmentEvent(tx, ctx, locked.row.id, event, withWorker);
    return;
  }
  const row = await saveAssignment(tx, ctx, locked, { set: derived, event, data: withWorker });
  locked.row = row;
}
