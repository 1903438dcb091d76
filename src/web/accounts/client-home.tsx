import { Link } from "react-router";
import type { Me } from "#domains/accounts/contract";
import { ClientWorkNow } from "../assignments/client-work-now";
import { useMyCompany } from "../companies/queries";
import { OwnScorecard } from "../ratings/own-scorecard";
import { ButtonLink } from "../ui/button";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useMembers } from "./queries";
import { roleLabels } from "./role-labels";

export function ClientHome({ me }: { me: Me }) {
  const company = useMyCompany();
  const members = useMembers();
  const role = me.company?.role ?? "viewer";
  const isAdmin = role === "admin";
  const hq = company.data?.headquarters;

  return (
    <>
      <PageHeader
        eyebrow={me.company?.name}
        title={`Welcome, ${me.name.split(" ")[0]}`}
        lead={`Your role: ${roleLabels[role].label}. ${roleLabels[role].description}`}
      />
      <ClientWorkNow />
      {me.company ? <OwnScorecard companyId={me.company.id} /> : null}
      <div className="grid grid--two">
        <Section
          title="Your company"
          actions={
            <ButtonLink to="/company/profile" size="small">
              {isAdmin ? "Edit profile" : "View profile"}
            </ButtonLink>
          }
        >
          {company.isPending ? <Loading /> : null}
          {company.isError ? <ProblemAlert error={company.error} /> : null}
          {company.data ? (
            <dl className="facts">
              <div>
                <dt>Name</dt>
                <dd>{company.data.name}</dd>
              </div>
              <div>
                <dt>Industry</dt>
                <dd>{company.data.industry ?? <span className="muted">Not set</span>}</dd>
              </div>
              <div>
                <dt>Headquarters</dt>
                <dd>{hq ? `${hq.city}, ${hq.country}` : <span className="muted">Not set</span>}</dd>
              </div>
              <div>
                <dt>Public page</dt>
                <dd>
                  <Link to={`/companies/${company.data.id}`}>See what workers see</Link>
                </dd>
              </div>
            </dl>
          ) : null}
        </Section>
        <Section
          title="Your team"
          actions={
            <ButtonLink to="/company/team" size="small">
              {isAdmin ? "Manage team" : "View team"}
            </ButtonLink>
          }
        >
          {members.isPending ? <Loading /> : null}
          {members.isError ? <ProblemAlert error={members.error} /> : null}
          {members.data ? (
            <>
              <p className="stat">
                <span className="stat__value">{members.data.items.length}</span>
                <span className="stat__label">{members.data.items.length === 1 ? "member" : "members"}</span>
              </p>
              <ul className="inline-list">
                {Object.entries(roleLabels).map(([key, { label }]) => {
                  const count = members.data.items.filter((member) => member.role === key).length;
                  return count > 0 ? (
                    <li key={key}>
                      <StatusBadge status={key} tone="neutral" label={`${count} ${label.toLowerCase()}`} />
                    </li>
                  ) : null;
                })}
              </ul>
            </>
          ) : null}
        </Section>
      </div>
      <Section title="Next steps">
        <ul className="link-list">
          {isAdmin ? (
            <li>
              <Link to="/company/team">Invite your teammates</Link> and give each the role they need.
            </li>
          ) : null}
          <li>
            <Link to="/company/profile">Describe your company</Link> so workers know who they work for.
          </li>
          <li>
            <Link to="/settings/api-keys">Create an API key</Link> to connect your own tools.
          </li>
          {isAdmin ? (
            <li>
              <Link to="/company/webhooks">Add a webhook</Link> so your tools hear of changes as they happen.
            </li>
          ) : null}
        </ul>
      </Section>
    </>
  );
}
