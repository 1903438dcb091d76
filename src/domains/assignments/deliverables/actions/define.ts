import type { Ctx } from "#platform/context";
import { notify } from "../../steps";
import type { DefineDeliverables, DeliverablesView } from "../contract";
import { deliverableRules } from "../rules";
import { applyDefinition, lockFor, recordDeliverableChange } from "../steps";
import { getDeliverablesView } from "../view-steps";

/** The company states what the worker must hand in; an assigned worker is told it changed. */
export async function defineDeliverables(ctx: Ctx, id: string, input: DefineDeliverables): Promise<DeliverablesView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockFor(tx, ctx, id, deliverableRules.define, "defineDeliverables");
    const counts = await applyDefinition(tx, ctx, id, input);
    await recordDeliverableChange(tx, ctx, locked, "assignment.deliverables_defined", counts);
    const { row, party } = locked;
    if (row.assignedWorkerId) {
      await notify(tx, ctx, [row.assignedWorkerId], row.id, {
        subject: `Deliverables changed: ${row.title}`,
        text: `The client changed what to hand in for "${row.title}": ${counts.requirements} deliverables, ${counts.checklist} checklist items, ${counts.fields} fields.`,
      });
    }
    return getDeliverablesView(tx, row, party ?? "system");
  });
}
