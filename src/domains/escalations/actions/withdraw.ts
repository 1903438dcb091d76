import type { Ctx } from "#platform/context";
import type { WithdrawCase } from "../contract";
import { caseView, lockCase } from "../scope";
import { endCase, notifyParties } from "../steps";
import type { EscalationView } from "../views";

/** The side that opened the case withdraws it (issue 15, item 5); auto-approval and auto-pay resume. */
export async function withdrawCase(ctx: Ctx, id: string, input: WithdrawCase): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const status = locked.check("withdraw");
    const row = await endCase(tx, ctx, locked.row, {
      status,
      set: { closingSummary: input.reason },
      event: "escalation.withdrawn",
      data: { reason: input.reason },
    });
    await notifyParties(tx, ctx, row, {
      subject: "An escalation case was withdrawn",
      text: `The ${row.openedBySide} withdrew the escalation case.${input.reason ? `\n\n${input.reason}` : ""}`,
    });
    return caseView(tx, ctx, id);
  });
}
