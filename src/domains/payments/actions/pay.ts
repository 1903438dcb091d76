import type { Ctx } from "#platform/context";
import { checkInvoice } from "../lifecycle";
import { invoiceView, lockInvoice } from "../scope";
import { refuseShortSelection } from "../standing-steps";
import { payLockedInvoice } from "../steps";
import type { InvoiceView, PaidInvoices } from "../views";

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

/**
 * Pays a selection of invoices together, all or none: one transaction, the invoices locked in id order (so two
 * overlapping selections queue instead of deadlocking), each checked as a single payment would be. Short of funds
 * for the whole selection, nothing is paid and the 422 names the selection's total beside the balance; an invoice
 * already paid or another company's makes the whole selection refused, naming it.
 */
export async function payInvoices(ctx: Ctx, ids: readonly string[]): Promise<PaidInvoices> {
  return ctx.transaction(async (tx) => {
    const sorted = [...ids].sort();
    const locked = [];
    for (const id of sorted) {
      const invoice = await lockInvoice(tx, ctx.actor, id);
      checkInvoice("pay", invoice.row, invoice.party);
      locked.push(invoice.row);
    }
    await refuseShortSelection(tx, locked);
    for (const row of locked) {
      await payLockedInvoice(tx, ctx, row);
    }
    return { items: await Promise.all(ids.map((id) => invoiceView(tx, ctx, id))) };
  });
}
