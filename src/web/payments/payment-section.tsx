import { useEffect, useState } from "react";
import { Link } from "react-router";
import type { AssignmentView } from "#domains/assignments/views";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { Section } from "../ui/section";
import { dueCountdown } from "./due-countdown";
import { InvoiceStatus } from "./invoice-status";

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

/** The assignment's parties who see its invoice (the company's members and the assigned worker): never an invitee. */
const seesInvoice = (view: AssignmentView) => view.party !== "invitee";

/**
 * The assignment page's payment section: the invoice the assignment view carries (fee, total, due date) once approval
 * has opened it. Approval opens it through the job queue a moment after the approval's answer; meanwhile the page's
 * read of the assignment asks again (useAssignment), and the status and invoice arrive together.
 */
export function PaymentSection({ view }: { view: AssignmentView }) {
  const invoice = view.invoice;
  if (!invoice) {
    return view.status === "approved" && seesInvoice(view) ? (
      <Section title="Payment">
        <p>The invoice opens in a moment, once the approval is processed.</p>
      </Section>
    ) : null;
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
