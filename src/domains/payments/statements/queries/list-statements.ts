import type { Ctx } from "#platform/context";
import type { ListQuery } from "../../contract";
import { ownerOf } from "../../scope";
import type { StatementMonths } from "../../views";
import { statementMonths } from "../statement-steps";

/** The months the caller's company has a statement for, newest first (UTC months), a page at a time. */
export function listStatements(ctx: Ctx, query: ListQuery): Promise<StatementMonths> {
  return statementMonths(ctx.db, ownerOf(ctx.actor).id, ctx.now, query);
}
