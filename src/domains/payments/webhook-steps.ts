import { eq } from "drizzle-orm";
import type { WebhookSubject } from "#domains/notifications/index";
import { systemActor } from "#platform/context";
import { invoiceView } from "./scope";
import { invoices } from "./tables";

/** What a webhook about an invoice carries: the owning company, and the invoice as `GET /invoices/{id}` answers it. */
export const invoiceWebhookSubject: WebhookSubject = {
  async companyOf(tx, id) {
    const [row] = await tx.select({ companyId: invoices.companyId }).from(invoices).where(eq(invoices.id, id));
    return row?.companyId ?? null;
  },
  snapshot: (tx, id, now) => invoiceView(tx, { actor: systemActor, now }, id),
};
