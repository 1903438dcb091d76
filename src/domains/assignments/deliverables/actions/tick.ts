import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { DeliverablesView, TickChecklistItem } from "../contract";
import { deliverableRules } from "../rules";
import { lockFor, recordDeliverableChange } from "../steps";
import { checklistItems } from "../tables";
import { getDeliverablesView } from "../view-steps";

/** The assigned worker ticks (or unticks) a checklist item; ticking a ticked item changes nothing. */
export async function tickChecklistItem(
  ctx: Ctx,
  params: { id: string; itemId: string },
  input: TickChecklistItem,
): Promise<DeliverablesView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, params.id, deliverableRules.handIn, "tickChecklistItem");
    const [item] = await tx
      .select()
      .from(checklistItems)
      .where(and(eq(checklistItems.id, params.itemId), eq(checklistItems.assignmentId, params.id)));
    if (!item) {
      throw new Problem("not_found", "No checklist item with this id on this assignment.", {
        subjectType: "checklist_item",
      });
    }
    if ((item.doneAt !== null) !== input.done) {
      const doneBy = input.done && ctx.actor.kind === "user" ? ctx.actor.userId : null;
      await tx
        .update(checklistItems)
        .set({ doneAt: input.done ? ctx.now : null, doneBy })
        .where(eq(checklistItems.id, item.id));
      await recordDeliverableChange(
        tx,
        ctx,
        locked,
        input.done ? "assignment.checklist_item_ticked" : "assignment.checklist_item_unticked",
        { itemId: item.id, text: item.text },
      );
    }
    return getDeliverablesView(tx, locked.row, "assignee");
  });
}
