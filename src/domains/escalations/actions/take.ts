import type { Ctx } from "#platform/context";
import { caseView, lockCase } from "../scope";
import { saveCase } from "../steps";
import type { EscalationView } from "../views";

/** A member of the escalations team takes the case: it is theirs in the queue from now on (issue 15, item 3). */
export async function takeCase(ctx: Ctx, id: string): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const status = locked.check("take");
    const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
    await saveCase(tx, ctx, locked.row, {
      status,
      set: { assignedTo: me },
      event: "escalation.taken",
      data: { assignedTo: me, before: locked.row.assignedTo },
    });
    return caseView(tx, ctx, id);
  });
}
