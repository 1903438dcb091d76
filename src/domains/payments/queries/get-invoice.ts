import type { Ctx } from "#platform/context";
import { invoiceView } from "../scope";
import type { InvoiceView } from "../views";

/** One invoice as the caller sees it: 404 unless it is their company's or pays them. */
export function getInvoice(ctx: Ctx, id: string): Promise<InvoiceView> {
  return invoiceView(ctx.db, ctx, id);
}
