import type { Ctx } from "#platform/context";
import type { InvoicePdfQuery } from "../../contract";
import { providerInfo } from "../../sandbox-provider";
import { ownerOf } from "../../scope";
import { renderStatementPdf } from "../statement-pdf";
import { statementDocument } from "../statement-steps";

/** One month's statement as a PDF, its times in the reader's zone (the month itself is UTC). */
export async function getStatementPdf(ctx: Ctx, month: string, query: InvoicePdfQuery) {
  const statement = await statementDocument(ctx.db, ownerOf(ctx.actor).id, month, ctx.now);
  const bytes = await renderStatementPdf(statement, providerInfo(), query.timeZone);
  return { bytes, contentType: "application/pdf", fileName: `worklane-statement-${month}.pdf` };
}
