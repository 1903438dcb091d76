import type { Ctx } from "#platform/context";
import type { InvoicePdfQuery } from "../contract";
import { renderInvoicePdf } from "../invoice-pdf";
import { providerInfo } from "../sandbox-provider";
import { invoiceView } from "../scope";

/** One invoice as a PDF, for whoever may read the invoice (404 for anyone else, as for the JSON). */
export async function getInvoicePdf(ctx: Ctx, id: string, query: InvoicePdfQuery) {
  const invoice = await invoiceView(ctx.db, ctx, id);
  const bytes = await renderInvoicePdf(invoice, providerInfo(), query.timeZone);
  return { bytes, contentType: "application/pdf", fileName: `worklane-invoice-${id}.pdf` };
}
