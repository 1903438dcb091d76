import { type FormEvent, useState } from "react";
import type { Me } from "#domains/accounts/contract";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Field } from "../ui/field";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { useStaffUsers } from "./queries";

/** Staff start page: find any user by name or email, newest first, a page at a time. */
export function StaffHome({ me }: { me: Me }) {
  const [draft, setDraft] = useState("");
  const [query, setQuery] = useState("");
  // Cursors of the pages already seen, so "Previous" can step back without a server-side offset.
  const [cursors, setCursors] = useState<(string | undefined)[]>([undefined]);
  const cursor = cursors[cursors.length - 1];
  const users = useStaffUsers(query, cursor);

  const search = (event: FormEvent) => {
    event.preventDefault();
    setQuery(draft.trim());
    setCursors([undefined]);
  };

  return (
    <>
      <PageHeader
        eyebrow={`Staff · ${me.staffRole ?? ""}`}
        title="Users"
        lead="Look up clients, workers and staff by name or email."
      />
      <Section title="Search">
        <form className="search-form" onSubmit={search} aria-label="Search users">
          <Field label="Name or email" isOptional>
            {(control) => (
              <TextInput {...control} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />
            )}
          </Field>
          <Button type="submit" variant="primary">
            Search
          </Button>
        </form>
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
        <nav className="pager" aria-label="Pages of users">
          <Button size="small" disabled={cursors.length < 2} onClick={() => setCursors((all) => all.slice(0, -1))}>
            Previous
          </Button>
          <span className="muted small">Page {cursors.length}</span>
          <Button
            size="small"
            disabled={!users.data?.nextCursor}
            onClick={() => {
              const next = users.data?.nextCursor;
              if (next) {
                setCursors((all) => [...all, next]);
              }
            }}
          >
            Next
          </Button>
        </nav>
      </Section>
    </>
  );
}
