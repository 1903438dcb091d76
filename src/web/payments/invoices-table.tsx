import { Link } from "react-router";
import type { InvoiceView } from "#domains/payments/views";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { useToast } from "../ui/toast";
import { InvoiceStatus } from "./invoice-status";
import { usePayInvoice } from "./queries";

/** A company's payables or a worker's earnings; a pay button where the server's `actions` offer it. */
export function InvoicesTable({ invoices, caption }: { invoices: InvoiceView[]; caption: string }) {
  const notify = useToast();
  const pay = usePayInvoice();
  if (invoices.length === 0) {
    return <p>No invoices yet.</p>;
  }
  const onPay = (invoice: InvoiceView) =>
    pay.mutate(invoice.id, {
      onSuccess: () => notify(`Paid the invoice for "${invoice.assignment.title}".`),
      onError: (error) => notify(error.message, "error"),
    });
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Assignment</th>
            <th scope="col">Status</th>
            <th scope="col">Amount</th>
            <th scope="col">Fee</th>
            <th scope="col">Total</th>
            <th scope="col">Due</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invoices.map((invoice) => (
            <tr key={invoice.id}>
              <td>
                <Link to={`/invoices/${invoice.id}`}>{invoice.assignment.title}</Link>
              </td>
              <td>
                <InvoiceStatus invoice={invoice} />
              </td>
              <td>
                <Money value={{ amount: invoice.amount, currency: invoice.currency }} />
              </td>
              <td>
                <Money value={{ amount: invoice.fee, currency: invoice.currency }} />
              </td>
              <td>
                <Money value={{ amount: invoice.total, currency: invoice.currency }} />
              </td>
              <td>
                <DateTime value={invoice.dueAt} isDateOnly />
              </td>
              <td className="table__actions">
                {invoice.actions.includes("pay") ? (
                  <Button
                    size="small"
                    variant="primary"
                    isBusy={pay.isPending && pay.variables === invoice.id}
                    onClick={() => onPay(invoice)}
                  >
                    Pay <span className="visually-hidden">{invoice.assignment.title}</span>
                  </Button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
