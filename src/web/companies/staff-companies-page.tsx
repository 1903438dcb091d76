import { useState } from "react";
import { Link } from "react-router";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { Pager, useCursorPages } from "../ui/pager";
import { ProblemAlert } from "../ui/problem-alert";
import { SearchForm } from "../ui/search-form";
import { Section } from "../ui/section";
import { useStaffCompanies } from "./queries";
import { feePercent, planLabel, termsLabel } from "./staff-company-labels";

/** /staff/companies: staff find a client company by name (or its id), A to Z, a page at a time, and open it. */
export function StaffCompaniesPage() {
  const [query, setQuery] = useState("");
  const pages = useCursorPages();
  const companies = useStaffCompanies(query, pages.cursor);

  return (
    <>
      <PageHeader
        eyebrow="Staff"
        title="Companies"
        lead="Find a client company to see its plan, fee and payment terms, and change its plan."
      />
      <Section title="Search">
        <SearchForm
          label="Search companies"
          fieldLabel="Company name or id"
          onSearch={(text) => {
            setQuery(text);
            pages.reset();
          }}
        />
        {companies.isPending ? <Loading /> : null}
        {companies.isError ? <ProblemAlert error={companies.error} onRetry={() => void companies.refetch()} /> : null}
        {companies.data && companies.data.items.length === 0 ? (
          <EmptyState title={query ? `No company matches “${query}”.` : "No companies yet."} />
        ) : null}
        {companies.data && companies.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Companies, A to Z</caption>
              <thead>
                <tr>
                  <th scope="col">Company</th>
                  <th scope="col">Plan</th>
                  <th scope="col">Platform fee</th>
                  <th scope="col">Payment terms</th>
                  <th scope="col">Secured funds</th>
                  <th scope="col">Customer since</th>
                </tr>
              </thead>
              <tbody>
                {companies.data.items.map((company) => (
                  <tr key={company.id}>
                    <td>
                      <Link to={`/staff/companies/${company.id}`}>{company.name}</Link>
                    </td>
                    <td data-label="Plan">{planLabel(company.plan.name)}</td>
                    <td data-label="Platform fee">{feePercent(company.plan.feeBasisPoints)}</td>
                    <td data-label="Payment terms">{termsLabel(company.paymentTermsDays)}</td>
                    <td data-label="Secured funds">{company.paymentSettings.securedFunds ? "On" : "Off"}</td>
                    <td data-label="Customer since">
                      <DateTime value={company.memberSince} isDateOnly />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Pager label="Pages of companies" pages={pages} nextCursor={companies.data?.nextCursor} />
      </Section>
    </>
  );
}
