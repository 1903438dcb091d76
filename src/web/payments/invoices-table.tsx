import { useState } from "react";
import { Link } from "react-router";
import type { InvoiceView } from "#domains/payments/views";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { useToast } from "../ui/toast";
import { InvoiceStatus } from "./invoice-status";
import { usePayInvoice, usePayInvoices } from "./queries";

/**
 * A company's payables or a worker's earnings; a pay button where the server's `actions` offer it, and, where two or
 * more can be paid, a box on each to pay a selection together (all or none).
 */
export function InvoicesTable({ invoices, caption }: { invoices: InvoiceView[]; caption: string }) {
  const notify = useToast();
  const pay = usePayInvoice();
  const payable = invoices.filter((invoice) => invoice.actions.includes("pay"));
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  if (invoices.length === 0) {
    return <p>No invoices yet.</p>;
  }
  const selectable = payable.length > 1;
  const selected = payable.filter((invoice) => chosen.has(invoice.id));
  const toggle = (id: string, on: boolean) =>
    setChosen((now) => {
      const next = new Set(now);
      if (on) {
        next.add(id);
      } else {
        next.delete(id);
      }
      return next;
    });
  const onPay = (invoice: InvoiceView) =>
    pay.mutate(invoice.id, {
      onSuccess: () => notify(`Paid the invoice for "${invoice.assignment.title}".`),
      onError: (error) => notify(error.message, "error"),
    });
  return (
    <div className="table-wrap">
      {selectable ? <PaySelected selected={selected} onPaid={() => setChosen(new Set())} /> : null}
      <table className="table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {selectable ? (
              <th scope="col">
                <span className="visually-hidden">Choose</span>
              </th>
            ) : null}
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
              {selectable ? (
                <td>
                  {invoice.actions.includes("pay") ? (
                    <input
                      type="checkbox"
                      aria-label={`Choose ${invoice.assignment.title} to pay`}
                      checked={chosen.has(invoice.id)}
                      onChange={(event) => toggle(invoice.id, event.target.checked)}
                    />
                  ) : null}
                </td>
              ) : null}
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

/** "Pay selected": the count and total of the chosen invoices, paid in one request, all or none. */
function PaySelected({ selected, onPaid }: { selected: InvoiceView[]; onPaid: () => void }) {
  const notify = useToast();
  const payAll = usePayInvoices();
  const currencies = [...new Set(selected.map((invoice) => invoice.currency))];
  const onPay = () =>
    payAll.mutate(
      selected.map((invoice) => invoice.id),
      {
        onSuccess: (paid) => {
          notify(`Paid ${paid.items.length} invoices.`);
          onPaid();
        },
        onError: (error) => notify(error.message, "error"),
      },
    );
  return (
    <div className="inline-list pay-selected">
      <span aria-live="polite">
        {selected.length === 0 ? "Choose invoices to pay them together." : `${selected.length} chosen: `}
        {currencies.map((currency) => (
          <Money
            key={currency}
            value={{
              amount: selected.filter((i) => i.currency === currency).reduce((sum, i) => sum + i.total, 0),
              currency,
            }}
          />
        ))}
      </span>
      <Button variant="primary" size="small" disabled={selected.length === 0} isBusy={payAll.isPending} onClick={onPay}>
        Pay selected
      </Button>
    </div>
  );
}
