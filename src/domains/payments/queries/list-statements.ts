import type { Ctx } from "#platform/context";
import { ownerOf } from "../scope";
import { statementMonths } from "../statement-steps";
import type { StatementMonths } from "../views";

/** The months the caller's company has a statement for, newest first (UTC months). */
export function listStatements(ctx: Ctx): Promise<StatementMonths> {
  return statementMonths(ctx.db, ownerOf(ctx.actor).id, ctx.now);
}
