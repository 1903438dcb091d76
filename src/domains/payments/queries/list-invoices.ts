import type { Ctx } from "#platform/context";
import type { InvoiceQuery } from "../contract";
import { selectInvoices } from "../scope";
import type { InvoiceList } from "../views";

/** The caller's invoices: a company's payables, or a worker's earnings (scope.ts decides whose). */
export function listInvoices(ctx: Ctx, query: InvoiceQuery): Promise<InvoiceList> {
  return selectInvoices(ctx, query);
}
