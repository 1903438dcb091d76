import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { Problem } from "#shared/problems";
import { createAssignment } from "../../actions/create";
import { recordAssignmentEvent } from "../../actions/save";
import { CreateAssignment } from "../../contract";
import { applyDefinition } from "../../deliverables/actions/define";
import { recordDeliverableChange } from "../../deliverables/actions/save";
import { DefineDeliverables } from "../../deliverables/contract";
import { type AssignmentRow, lockForActor } from "../../queries";
import type { AssignmentView } from "../../views/contract";
import { assignmentView } from "../../views/queries";
import type { CreateFromTemplate } from "../contract";
import { findTemplate, type TemplateRow } from "../queries";

/**
 * Creates a draft through the core's createAssignment, inside the caller's transaction, then copies the deliverables:
 * the draft exists whole, with its deliverables and its history, or not at all.
 */
export async function createDraftIn(
  tx: Tx,
  ctx: Ctx,
  input: CreateAssignment,
  deliverables: DefineDeliverables | null,
  event: { action: string; data: Record<string, unknown> },
): Promise<AssignmentRow> {
  const within: Ctx = { ...ctx, transaction: (fn) => fn(tx) };
  const created = await createAssignment(within, input);
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

/** A new draft from a template, with its own title and dates when given; the template's deliverables are copied. */
export async function createAssignmentFromTemplate(
  ctx: Ctx,
  id: string,
  overrides: CreateFromTemplate,
): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const template = await findTemplate(tx, ctx, id);
    const given = Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
    const parsed = CreateAssignment.safeParse({ ...template.assignment, ...given });
    if (!parsed.success) {
      const errors = parsed.error.issues.map((issue) => {
        const [top] = issue.path.map(String);
        const where = top && top in given ? "body" : "template";
        return { pointer: `/${where}/${issue.path.map(String).join("/")}`, message: issue.message };
      });
      throw new Problem("validation_failed", "The draft from this template would not be valid.", {}, errors);
    }
    const row = await createDraftIn(tx, ctx, parsed.data, templateDeliverables(template), {
      action: "assignment.created_from_template",
      data: { templateId: template.id, templateName: template.name },
    });
    return assignmentView(tx, ctx, row);
  });
}
