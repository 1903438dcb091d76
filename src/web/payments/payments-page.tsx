import { useState } from "react";
import type { FundingView } from "#domains/payments/views";
import { useSession } from "../shell/use-session";
import { ButtonLink } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Money } from "../ui/money";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { itemsOf, ShowMore } from "../ui/show-more";
import { StatusBadge } from "../ui/status-badge";
import { ActivityTable } from "./activity-table";
import { AddFundsForm } from "./add-funds-form";
import { BalanceTable, TestModeNotice } from "./balance-cards";
import { InvoicesTable } from "./invoices-table";
import { type InvoiceQuery, invoicesCsvUrl, useBalance, useFundings, useInvoicePages } from "./queries";
import { StatementsTable } from "./statements-table";

type StatusFilter = NonNullable<InvoiceQuery["status"]> | "";

const filters: { value: StatusFilter; label: string }[] = [
  { value: "", label: "All invoices" },
  { value: "open", label: "Due" },
  { value: "past_due", label: "Past due" },
  { value: "paid", label: "Paid" },
];

const methodLabels = { ach: "Bank transfer (ACH)", wire: "Wire", recorded: "Bank transfer (recorded by Worklane)" };

function FundingsTable({ fundings }: { fundings: FundingView[] }) {
  if (fundings.length === 0) {
    return <p>No funds added yet.</p>;
  }
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Funds added</caption>
        <thead>
          <tr>
            <th scope="col">Added</th>
            <th scope="col">Amount</th>
            <th scope="col">Method</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {fundings.map((funding) => (
            <tr key={funding.id}>
              <td>
                <DateTime value={funding.createdAt} />
              </td>
              <td>
                <Money value={funding} />
              </td>
              <td>{methodLabels[funding.method]}</td>
              <td>
                <StatusBadge status={funding.status} tone={funding.status === "failed" ? "danger" : undefined} />
                {funding.failureReason ? <span> {funding.failureReason}</span> : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** /payments: a company's balance, adding funds, and its payables with due dates (issue 11, item 9). */
export function PaymentsPage() {
  const me = useSession();
  const [filter, setFilter] = useState<StatusFilter>("");
  const balance = useBalance();
  const fundings = useFundings();
  const invoices = useInvoicePages(filter ? { status: filter } : {});
  const payables = itemsOf(invoices.data);
  const funded = itemsOf(fundings.data);
  const role = me.company?.role;
  const mayMoveMoney = role === "admin" || role === "finance";
  if (balance.isPending) {
    return <Loading />;
  }
  if (balance.isError) {
    return <ProblemAlert error={balance.error} />;
  }
  return (
    <>
      <PageHeader eyebrow="Company" title="Payments" lead="Your balance, the funds you add and the invoices you pay." />
      <TestModeNotice balance={balance.data} />
      <Section title="Balance">
        <BalanceTable balance={balance.data} isCompany />
      </Section>
      {mayMoveMoney ? (
        <Section title="Add funds" description="Money you add pays your workers' invoices.">
          <AddFundsForm />
        </Section>
      ) : null}
      <Section
        title="Payables"
        actions={
          <>
            <ButtonLink to={invoicesCsvUrl(filter ? `status=${filter}` : "")} reloadDocument download size="small">
              Download CSV
            </ButtonLink>
            <Select
              aria-label="Show invoices"
              className="input--short"
              options={filters}
              value={filter}
              onChange={(event) => setFilter(filters.find((f) => f.value === event.target.value)?.value ?? "")}
            />
          </>
        }
      >
        {invoices.isError ? <ProblemAlert error={invoices.error} /> : null}
        {payables ? <InvoicesTable invoices={payables} caption="Invoices to pay" /> : <Loading />}
        <ShowMore list={invoices} what="invoices" />
      </Section>
      <Section title="Funds added">
        {funded ? <FundingsTable fundings={funded} /> : <Loading />}
        <ShowMore list={fundings} what="funds added" />
      </Section>
      <Section
        title="Statements"
        description="One per month (UTC months): opening and closing balance, funds added, invoices paid, fees."
      >
        <StatementsTable />
      </Section>
      <Section title="Account activity" description="Every entry on your accounts, as the ledger has it.">
        <ActivityTable />
      </Section>
    </>
  );
}
