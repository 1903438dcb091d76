import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { check } from "../../lifecycle";
import { lockForActor } from "../../scope";
import type { DeliverablesView, FillCustomField } from "../contract";
import { checkFieldValue, fillRule } from "../rules";
import { recordDeliverableChange } from "../steps";
import { customFields } from "../tables";
import { getDeliverablesView } from "../view-steps";

/** The side a custom field belongs to fills it in: the company's managers or the assigned worker. */
export async function fillCustomField(
  ctx: Ctx,
  params: { id: string; fieldId: string },
  input: FillCustomField,
): Promise<DeliverablesView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, params.id);
    const [field] = await tx
      .select()
      .from(customFields)
      .where(and(eq(customFields.id, params.fieldId), eq(customFields.assignmentId, params.id)));
    if (!field) {
      throw new Problem("not_found", "No custom field with this id on this assignment.", { subjectType: "field" });
    }
    check(fillRule(field.filledBy), locked.facts, locked.party, "fillCustomField");
    const value = checkFieldValue(field, input.value);
    const filled = value !== null;
    await tx
      .update(customFields)
      .set({
        value,
        filledAt: filled ? ctx.now : null,
        filledByUser: filled && ctx.actor.kind === "user" ? ctx.actor.userId : null,
      })
      .where(eq(customFields.id, field.id));
    await recordDeliverableChange(tx, ctx, locked, "assignment.field_filled", {
      fieldId: field.id,
      label: field.label,
      value,
      filledBy: field.filledBy,
    });
    return getDeliverablesView(tx, locked.row, locked.party ?? "system");
  });
}
