/**
 * The steps the template use cases share: a draft made whole (with its deliverables and history) inside the caller's
 * transaction, and a template's deliverables checked against today's contract.
 */
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { Problem } from "#shared/problems";
import type { CreateAssignment } from "../contract";
import { DefineDeliverables } from "../deliverables/contract";
import { applyDefinition, recordDeliverableChange } from "../deliverables/steps";
import { insertDraft } from "../draft-steps";
import { type AssignmentRow, lockForActor } from "../scope";
import { recordAssignmentEvent } from "../steps";
import type { TemplateRow } from "./queries";

/**
 * Inserts a draft as the core's create does (draft-steps.ts insertDraft), inside the caller's transaction, then copies the
 * deliverables: the draft exists whole, with its deliverables and its history, or not at all.
 */
export async function createDraftIn(
  tx: Tx,
  ctx: Ctx,
  input: CreateAssignment,
  deliverables: DefineDeliverables | null,
  event: { action: string; data: Record<string, unknown> },
): Promise<AssignmentRow> {
  const created = await insertDraft(tx, ctx, input);
  const locked = await lockForActor(tx, ctx, created.id);
  const parts = deliverables ? Object.values(deliverables).reduce((n, list) => n + list.length, 0) : 0;
  if (deliverables && parts > 0) {
    const counts = await applyDefinition(tx, ctx, created.id, deliverables);
    await recordDeliverableChange(tx, ctx, locked, "assignment.deliverables_defined", counts);
  }
  await recordAssignmentEvent(tx, ctx, created.id, event.action, event.data);
  return locked.row;
}

/** The template's deliverables, checked against today's contract (it may have tightened since the template was saved). */
export function templateDeliverables(template: TemplateRow): DefineDeliverables {
  const parsed = DefineDeliverables.safeParse(template.deliverables);
  if (!parsed.success) {
    throw new Problem("validation_failed", "The template's deliverables are no longer valid; save the template again.");
  }
  return parsed.data;
}
