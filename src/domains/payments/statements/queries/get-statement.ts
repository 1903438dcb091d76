import type { Ctx } from "#platform/context";
import { ownerOf } from "../../scope";
import type { Statement } from "../../views";
import { statementFor } from "../statement-steps";

/** One month's statement of the caller's company, from the ledger. */
export function getStatement(ctx: Ctx, month: string): Promise<Statement> {
  return statementFor(ctx.db, ownerOf(ctx.actor).id, month, ctx.now);
}
