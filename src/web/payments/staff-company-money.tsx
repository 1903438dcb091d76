import { Link } from "react-router";
import type { CurrencyCount, StaffCompanyPayments } from "#domains/payments/views";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Money } from "../ui/money";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useStaffCompanyPayments } from "./queries";

/** "2 invoices, $220.00", or a dash when there are none in this currency. */
function CountedTotal({ value }: { value: CurrencyCount | undefined }) {
  if (!value) {
    return <span>—</span>;
  }
  return (
    <span>
      {value.count} invoice{value.count === 1 ? "" : "s"},{" "}
      <Money value={{ amount: value.total, currency: value.currency }} />
    </span>
  );
}

/** Whether the past-due rule locks the account: since when and why, or when it will lock, or nothing past due. */
function StandingNotice({ standing }: { standing: StaffCompanyPayments["standing"] }) {
  if (standing.locked) {
    return (
      <p className="alert alert--error" data-testid="staff-company-standing">
        <strong>Locked: </strong>
        {standing.lockReason}, since <DateTime value={standing.locksAt} />. The company cannot send assignments or add
        workers until it pays what is past due; paying unlocks it at once.
      </p>
    );
  }
  if (standing.locksAt) {
    return (
      <p className="alert alert--warning" data-testid="staff-company-standing">
        <strong>Past due, not locked yet: </strong>
        the account locks on <DateTime value={standing.locksAt} /> unless the company pays what is past due.
      </p>
    );
  }
  return (
    <p data-testid="staff-company-standing">
      <StatusBadge status="not_locked" tone="success" label="Not locked" /> Nothing is past due.
    </p>
  );
}

function MoneyTable({ money }: { money: StaffCompanyPayments }) {
  if (money.balances.length === 0) {
    return <p>No money has moved yet.</p>;
  }
  const open = (currency: string) => money.openInvoices.find((row) => row.currency === currency);
  const late = (currency: string) => money.standing.pastDue.find((row) => row.currency === currency);
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">The company's balances per currency</caption>
        <thead>
          <tr>
            <th scope="col">Currency</th>
            <th scope="col">Available</th>
            <th scope="col">Committed</th>
            <th scope="col">Pending funding</th>
            <th scope="col">Open invoices</th>
            <th scope="col">Past due</th>
          </tr>
        </thead>
        <tbody>
          {money.balances.map((row) => (
            <tr key={row.currency}>
              <th scope="row">{row.currency}</th>
              <td data-testid={`staff-available-${row.currency}`}>
                <Money value={{ amount: row.available, currency: row.currency }} />
              </td>
              <td>
                <Money value={{ amount: row.committed, currency: row.currency }} />
              </td>
              <td>
                <Money value={{ amount: row.pending, currency: row.currency }} />
              </td>
              <td>
                <CountedTotal value={open(row.currency)} />
              </td>
              <td>
                <CountedTotal value={late(row.currency)} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * The staff company page's Money section: the balances the company's own Payments page shows, its open invoices, what
 * is past due (the oldest due date, days late) and whether that locks the account. Any staff member reads it; the
 * money tools (record a bank transfer, the ledger check) are for staff admins.
 */
export function StaffCompanyMoney({ companyId, isAdmin }: { companyId: string; isAdmin: boolean }) {
  const money = useStaffCompanyPayments(companyId);
  return (
    <Section title="Money" description="As the company's own Payments page shows it.">
      {money.isPending ? <Loading /> : null}
      {money.isError ? <ProblemAlert error={money.error} onRetry={() => void money.refetch()} /> : null}
      {money.data ? (
        <>
          <StandingNotice standing={money.data.standing} />
          <dl className="facts">
            <div>
              <dt>Oldest past-due invoice</dt>
              <dd>
                {money.data.standing.oldestDueAt ? (
                  <>
                    due <DateTime value={money.data.standing.oldestDueAt} isDateOnly />, {money.data.standing.daysLate}{" "}
                    day{money.data.standing.daysLate === 1 ? "" : "s"} late
                  </>
                ) : (
                  "None"
                )}
              </dd>
            </div>
            <div>
              <dt>Lock rule</dt>
              <dd>Locks {money.data.standing.graceDays} days after the oldest invoice falls past due</dd>
            </div>
          </dl>
          <MoneyTable money={money.data} />
          {money.data.provider.testMode ? (
            <p className="muted">Test mode: this money moved through the sandbox provider, not a bank.</p>
          ) : null}
          {isAdmin ? (
            <p>
              Staff payments tools:{" "}
              <Link to="/staff/payments">record a bank transfer received or check the ledger</Link>.
            </p>
          ) : null}
        </>
      ) : null}
    </Section>
  );
}
