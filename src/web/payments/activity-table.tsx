import { Link } from "react-router";
import type { ActivityEntry } from "#domains/payments/views";
import type { Currency } from "#shared/money";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Money } from "../ui/money";
import { ProblemAlert } from "../ui/problem-alert";
import { itemsOf, ShowMore } from "../ui/show-more";
import { useActivity } from "./queries";

/** The ledger's reasons in words a person reads on a statement; an unknown reason shows as it is. */
const reasons: Record<string, string> = {
  "funding.started": "Funds on their way in",
  "funding.settled": "Funds added",
  "funding.recorded": "Bank transfer received",
  "funding.failed": "Funding failed",
  "invoice.opened": "Invoice opened",
  "invoice.paid": "Invoice paid",
  "invoice.voided": "Invoice voided",
  "settlement.paid": "Paid by settlement",
  "payout.started": "Withdrawal started",
  "payout.paid": "Withdrawal paid out",
  "payout.failed": "Withdrawal failed, returned",
};

const accounts: Record<ActivityEntry["account"], string> = {
  available: "Available",
  pending: "Pending",
  committed: "Committed",
  payable: "Owed to workers",
  external: "Outside",
  fee_revenue: "Fees",
  funding_in_transit: "Funding in transit",
  payouts_in_transit: "Payouts in transit",
};

function EntryLabel({ entry }: { entry: ActivityEntry }) {
  const label = reasons[entry.reason] ?? entry.reason;
  return entry.subject.type === "invoice" ? <Link to={`/invoices/${entry.subject.id}`}>{label}</Link> : label;
}

/** Account activity (issue 11 item 8): every ledger entry on the caller's own accounts, with the balance after it. */
export function ActivityTable() {
  const activity = useActivity();
  const entries = itemsOf(activity.data);
  if (activity.isError) {
    return <ProblemAlert error={activity.error} />;
  }
  if (!entries) {
    return <Loading />;
  }
  if (entries.length === 0) {
    return <p>No money has moved yet.</p>;
  }
  const money = (amount: number, entry: ActivityEntry) => (
    <Money value={{ amount, currency: entry.currency as Currency }} />
  );
  return (
    <>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">Ledger entries on your accounts, newest first</caption>
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Account</th>
              <th scope="col">Amount</th>
              <th scope="col">Balance after</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id}>
                <td>
                  <DateTime value={entry.at} />
                </td>
                <td>
                  <EntryLabel entry={entry} />
                </td>
                <td>{accounts[entry.account]}</td>
                <td>{money(entry.amount, entry)}</td>
                <td>{money(entry.balanceAfter, entry)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore list={activity} what="account activity" />
    </>
  );
}
