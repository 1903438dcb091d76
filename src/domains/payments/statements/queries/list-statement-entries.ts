import type { Ctx } from "#platform/context";
import type { ListQuery } from "../../contract";
import { ownerOf } from "../../scope";
import type { StatementEntry, StatementPage } from "../../views";
import { statementEntries } from "../statement-steps";

/** Every movement of the caller's company's funds during one UTC month, oldest first, a page at a time. */
export function listStatementEntries(
  ctx: Ctx,
  month: string,
  query: ListQuery,
): Promise<StatementPage<StatementEntry>> {
  return statementEntries(ctx.db, ownerOf(ctx.actor).id, month, ctx.now, query);
}
