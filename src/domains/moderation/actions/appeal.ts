import type { Ctx } from "#platform/context";
import type { AppealSanction } from "../contract";
import { checkSanction } from "../lifecycle";
import { lockSanction, sanctionView } from "../scope";
import { saveSanction } from "../steps";
import type { SanctionView } from "../views";

/**
 * POST /sanctions/{id}/appeal (issue 15, item 9): the sanctioned person (or an admin of the sanctioned company)
 * appeals once, with a statement. The sanction stays in force until a different staff member reviews it. This route
 * is open to a suspended account (`openWhenSuspended`): due process must not be behind the sanction it questions.
 */
export async function appealSanction(ctx: Ctx, id: string, input: AppealSanction): Promise<SanctionView> {
  return ctx.transaction(async (tx) => {
    const { row, party, facts } = await lockSanction(tx, ctx.actor, id);
    const status = checkSanction("appeal", facts, party);
    await saveSanction(
      tx,
      ctx,
      row,
      {
        status,
        appealStatement: input.statement,
        appealedAt: ctx.now,
        appealedBy: ctx.actor.kind === "user" ? ctx.actor.userId : null,
      },
      { action: "sanction.appealed", data: { from: row.status, to: status } },
    );
    return sanctionView(tx, ctx.actor, id);
  });
}
