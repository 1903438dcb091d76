import type { InvoiceView } from "#domains/payments/views";
import { StatusBadge } from "../ui/status-badge";

/** Open, past due (with the days late), paid or void: in words, never colour alone (an invoice or the assignment's). */
export function InvoiceStatus({ invoice }: { invoice: Pick<InvoiceView, "status" | "pastDue" | "daysLate"> }) {
  if (invoice.pastDue) {
    const days = invoice.daysLate === 1 ? "1 day" : `${invoice.daysLate} days`;
    return <StatusBadge status="past_due" tone="danger" label={`Past due (${days} late)`} />;
  }
  const tones = { open: "warning", paid: "success", void: "neutral" } as const;
  return <StatusBadge status={invoice.status} tone={tones[invoice.status]} />;
}
