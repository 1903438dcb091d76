import type { Balance } from "#domains/payments/views";
import { Money } from "../ui/money";

/** Says on every payments page that money here is pretend, like a payment processor's test mode. */
export function TestModeNotice({ balance }: { balance: Balance | undefined }) {
  if (!balance?.provider.testMode) {
    return null;
  }
  return (
    <p className="alert alert--warning" role="note">
      <strong>Test mode.</strong> Payments go through the sandbox provider: no real money moves. A bank transfer (ACH)
      settles after a short delay; the amounts 400.04 and 400.05 fail on purpose.
    </p>
  );
}

/** One row per currency: what is available, pending, and (for a company) owed on open invoices. */
export function BalanceTable({ balance, isCompany }: { balance: Balance; isCompany: boolean }) {
  if (balance.balances.length === 0) {
    return <p>No money has moved yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Balances per currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Available</th>
            <th scope="col">{isCompany ? "Pending funding" : "Pending (invoiced, not yet paid)"}</th>
            {isCompany ? <th scope="col">Owed on open invoices</th> : null}
          </tr>
        </thead>
        <tbody>
          {balance.balances.map((row) => (
            <tr key={row.currency}>
              <th scope="row">{row.currency}</th>
              <td data-testid={`available-${row.currency}`}>
                <Money value={{ amount: row.available, currency: row.currency }} />
              </td>
              <td>
                <Money value={{ amount: row.pending, currency: row.currency }} />
              </td>
              {isCompany ? (
                <td>
                  <Money value={{ amount: row.owed, currency: row.currency }} />
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
