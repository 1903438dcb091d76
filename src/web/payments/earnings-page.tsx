import type { PayoutView } from "#domains/payments/views";
import { ButtonLink } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Money } from "../ui/money";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { itemsOf, ShowMore } from "../ui/show-more";
import { StatusBadge } from "../ui/status-badge";
import { ActivityTable } from "./activity-table";
import { BalanceTable, TestModeNotice } from "./balance-cards";
import { InvoicesTable } from "./invoices-table";
import { PayoutAccounts } from "./payout-accounts";
import { invoicesCsvUrl, useBalance, useInvoicePages, usePayouts } from "./queries";
import { WithdrawForm } from "./withdraw-form";

const payoutLabels = { in_transit: "In transit", paid: "Paid out", failed: "Failed" } as const;

function PayoutsTable({ payouts }: { payouts: PayoutView[] }) {
  if (payouts.length === 0) {
    return <p>No withdrawals yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Withdrawals</caption>
        <thead>
          <tr>
            <th scope="col">Requested</th>
            <th scope="col">Amount</th>
            <th scope="col">Status</th>
            <th scope="col">Settles</th>
          </tr>
        </thead>
        <tbody>
          {payouts.map((payout) => (
            <tr key={payout.id}>
              <td>
                <DateTime value={payout.createdAt} />
              </td>
              <td>
                <Money value={payout} />
              </td>
              <td>
                {payout.payoutAccount ? <span>To {payout.payoutAccount.accountNumberMasked} </span> : null}
                <StatusBadge
                  status={payout.status}
                  label={payoutLabels[payout.status]}
                  tone={payout.status === "failed" ? "danger" : payout.status === "paid" ? "success" : "warning"}
                />
                {payout.failureReason ? <span> {payout.failureReason}; the money is back in your balance.</span> : null}
              </td>
              <td>
                <DateTime value={payout.settledAt ?? payout.settlesAt} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /earnings: a worker's pending and available earnings, withdrawals, and the invoices that pay them. */
export function EarningsPage() {
  const balance = useBalance();
  const payouts = usePayouts();
  const invoices = useInvoicePages();
  const earned = itemsOf(invoices.data);
  const withdrawals = itemsOf(payouts.data);
  if (balance.isPending) {
    return <Loading />;
  }
  if (balance.isError) {
    return <ProblemAlert error={balance.error} />;
  }
  return (
    <>
      <PageHeader title="Earnings" lead="What you have earned, what is on its way, and withdrawals to your bank." />
      <TestModeNotice balance={balance.data} />
      <Section title="Balance">
        <BalanceTable balance={balance.data} isCompany={false} />
      </Section>
      <Section
        title="Payout accounts"
        description="Withdrawals go only to a bank account whose two small test deposits you confirmed (sandbox)."
      >
        <PayoutAccounts />
      </Section>
      <Section title="Withdraw" description="Send available earnings to your bank account (sandbox).">
        <WithdrawForm balance={balance.data} />
      </Section>
      <Section title="Withdrawals">
        {withdrawals ? <PayoutsTable payouts={withdrawals} /> : <Loading />}
        <ShowMore list={payouts} what="withdrawals" />
      </Section>
      <Section
        title="Invoices"
        actions={
          <ButtonLink to={invoicesCsvUrl()} reloadDocument download size="small">
            Download CSV
          </ButtonLink>
        }
      >
        {earned ? <InvoicesTable invoices={earned} caption="Invoices paying you" /> : <Loading />}
        <ShowMore list={invoices} what="invoices" />
      </Section>
      <Section title="Account activity" description="Every entry on your accounts, as the ledger has it.">
        <ActivityTable />
      </Section>
    </>
  );
}
