import type { Ctx } from "#platform/context";
import { checkInvoice } from "../lifecycle";
import { invoiceView, lockInvoice } from "../scope";
import { payLockedInvoice } from "../steps";
import type { InvoiceView } from "../views";

/**
 * A finance member or an admin pays one invoice from the company's available funds. The row lock makes twenty
 * concurrent clicks pay once: the first pays, the rest find it paid (409 `invalid_transition`).
 */
export async function payInvoice(ctx: Ctx, id: string): Promise<InvoiceView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockInvoice(tx, ctx.actor, id);
    checkInvoice("pay", locked.row, locked.party);
    await payLockedInvoice(tx, ctx, locked.row);
    return invoiceView(tx, ctx, id);
  });
}
