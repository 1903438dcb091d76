import type { Ctx } from "#platform/context";
import type { CloseCase } from "../contract";
import { caseView, lockCase } from "../scope";
import { endCase, notifyParties } from "../steps";
import type { EscalationView } from "../views";

/**
 * Without agreement the team closes the case with a written summary (issue 15, item 5): nothing is imposed on either
 * party; auto-approval and auto-pay resume.
 */
export async function closeCase(ctx: Ctx, id: string, input: CloseCase): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockCase(tx, ctx.actor, id);
    const status = locked.check("close");
    const row = await endCase(tx, ctx, locked.row, {
      status,
      set: { closingSummary: input.summary },
      event: "escalation.closed",
    });
    await notifyParties(tx, ctx, row, {
      subject: "Your escalation case was closed",
      text: `The Escalations Team closed the case without an agreement. Their summary:\n\n${input.summary}\n\nNothing is imposed on either side; auto-approval and auto-pay resume.`,
    });
    return caseView(tx, ctx, id);
  });
}
