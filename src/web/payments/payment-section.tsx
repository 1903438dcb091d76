import { useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { Link } from "react-router";
import { assignmentKeys } from "../assignments/queries";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { Section } from "../ui/section";
import { dueCountdown } from "./due-countdown";
import { InvoiceStatus } from "./invoice-status";
import { useInvoices } from "./queries";

/** "Due in 4 days 3 hours" or "2 days past due", kept current: re-rendered every minute while the page is open. */
function DueCountdown({ dueAt }: { dueAt: string }) {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);
  const countdown = dueCountdown(new Date(dueAt), now);
  return <span className={countdown.overdue ? "text-danger" : "muted"}>{countdown.text}</span>;
}

/** The assignment page's payment section: its invoice (fee, total, due date) once approval has opened it. */
export function PaymentSection({ assignmentId }: { assignmentId: string }) {
  const invoices = useInvoices({ assignmentId }, { untilOne: true });
  const invoice = invoices.data?.items[0];
  // Opening the invoice also moved the assignment to "payment pending" (same transaction): when the page still holds
  // it as "approved", read it again so its status does not wait for a reload.
  const client = useQueryClient();
  const invoiceId = invoice?.id;
  useEffect(() => {
    const shown = client.getQueryData<{ status?: string }>(assignmentKeys.one(assignmentId));
    if (invoiceId && shown?.status === "approved") {
      void client.invalidateQueries({ queryKey: assignmentKeys.one(assignmentId) });
    }
  }, [invoiceId, assignmentId, client]);
  if (!invoice) {
    return invoices.isPending ? null : (
      <Section title="Payment">
        <p>The invoice opens in a moment, once the approval is processed.</p>
      </Section>
    );
  }
  const money = (amount: number) => <Money value={{ amount, currency: invoice.currency }} />;
  return (
    <Section title="Payment">
      <dl className="facts">
        <dt>Invoice</dt>
        <dd>
          <Link to={`/invoices/${invoice.id}`}>
            <InvoiceStatus invoice={invoice} />
          </Link>
        </dd>
        <dt>Amount</dt>
        <dd>{money(invoice.amount)}</dd>
        <dt>Platform fee</dt>
        <dd>{money(invoice.fee)}</dd>
        <dt>Total</dt>
        <dd>{money(invoice.total)}</dd>
        <dt>{invoice.paidAt ? "Paid" : "Due"}</dt>
        <dd>
          <DateTime value={invoice.paidAt ?? invoice.dueAt} />
          {invoice.autoPaid ? " (auto-pay)" : null}
          {invoice.status === "open" ? (
            <>
              {" · "}
              <DueCountdown dueAt={invoice.dueAt} />
            </>
          ) : null}
        </dd>
      </dl>
    </Section>
  );
}
