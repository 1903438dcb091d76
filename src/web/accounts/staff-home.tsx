import { useState } from "react";
import type { Me } from "#domains/accounts/contract";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { Pager, useCursorPages } from "../ui/pager";
import { ProblemAlert } from "../ui/problem-alert";
import { SearchForm } from "../ui/search-form";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useStaffUsers } from "./queries";

/** Staff start page: find any user by name or email, newest first, a page at a time. */
export function StaffHome({ me }: { me: Me }) {
  const [query, setQuery] = useState("");
  const pages = useCursorPages();
  const users = useStaffUsers(query, pages.cursor);

  return (
    <>
      <PageHeader
        eyebrow={`Staff · ${me.staffRole ?? ""}`}
        title="Users"
        lead="Look up clients, workers and staff by name or email."
      />
      <Section title="Search">
        <SearchForm
          label="Search users"
          fieldLabel="Name or email"
          onSearch={(text) => {
            setQuery(text);
            pages.reset();
          }}
        />
        {users.isPending ? <Loading /> : null}
        {users.isError ? <ProblemAlert error={users.error} onRetry={() => void users.refetch()} /> : null}
        {users.data && users.data.items.length === 0 ? (
          <EmptyState title={query ? `No user matches “${query}”.` : "No users yet."} />
        ) : null}
        {users.data && users.data.items.length > 0 ? (
          <div className="table-wrap">
            <table className="table">
              <caption className="visually-hidden">Users, newest first</caption>
              <thead>
                <tr>
                  <th scope="col">Name</th>
                  <th scope="col">Email</th>
                  <th scope="col">Account</th>
                  <th scope="col">Company</th>
                  <th scope="col">Joined</th>
                </tr>
              </thead>
              <tbody>
                {users.data.items.map((user) => (
                  <tr key={user.id}>
                    <td>{user.name}</td>
                    <td data-label="Email" className="break">
                      {user.email}
                    </td>
                    <td data-label="Account">
                      <StatusBadge status={user.accountType} tone="neutral" />
                      {user.staffRole ? <span className="muted small"> {user.staffRole}</span> : null}
                    </td>
                    <td data-label="Company">{user.companyName ?? <span className="muted">—</span>}</td>
                    <td data-label="Joined">
                      <DateTime value={user.createdAt} isDateOnly />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        <Pager label="Pages of users" pages={pages} nextCursor={users.data?.nextCursor} />
      </Section>
    </>
  );
}
