import type { Ctx } from "#platform/context";
import type { ListQuery } from "../../contract";
import { ownerOf } from "../../scope";
import type { StatementInvoice, StatementPage } from "../../views";
import { statementInvoices } from "../statement-steps";

/** The invoices the caller's company was issued during one UTC month, oldest first, a page at a time. */
export function listStatementInvoices(
  ctx: Ctx,
  month: string,
  query: ListQuery,
): Promise<StatementPage<StatementInvoice>> {
  return statementInvoices(ctx.db, ownerOf(ctx.actor).id, month, ctx.now, query);
}
