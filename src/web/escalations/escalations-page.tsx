import { useState } from "react";
import { Link } from "react-router";
import { type CaseCategory, caseCategories } from "#domains/escalations/contract";
import { useSession } from "../shell/use-session";
import { DateTime } from "../ui/date-time";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Select } from "../ui/select";
import { StatusBadge } from "../ui/status-badge";
import { categoryLabels, statusLabels } from "./labels";
import { type CaseQuery, useEscalations } from "./queries";
import { TeamFigures } from "./team-figures";

/**
 * /escalations: a party's own cases, newest first; for the escalations team, the queue (overdue first, then by the
 * next update due), filtered by state, category and assignee.
 */
export function EscalationsPage() {
  const me = useSession();
  const isTeam = me.accountType === "staff";
  const [state, setState] = useState<CaseQuery["state"]>("active");
  const [category, setCategory] = useState<CaseCategory | "">("");
  const query: CaseQuery = { ...(isTeam ? { state } : {}), ...(category ? { category } : {}) };
  const cases = useEscalations(query);
  return (
    <>
      <PageHeader
        eyebrow={isTeam ? "Escalations Team" : "Escalations"}
        title={isTeam ? "Case queue" : "My cases"}
        lead={
          isTeam
            ? "Overdue cases first, then by the next update due."
            : "Cases you or your company opened, or that concern you."
        }
      />
      {isTeam ? <TeamFigures /> : null}
      <div className="inline-list">
        {isTeam ? (
          <label htmlFor="cases-state">
            State{" "}
            <Select
              id="cases-state"
              value={state ?? ""}
              onChange={(e) => setState((e.target.value || undefined) as CaseQuery["state"])}
              options={[
                { value: "active", label: "Active" },
                { value: "ended", label: "Ended" },
              ]}
              placeholder="All"
            />
          </label>
        ) : null}
        <label htmlFor="cases-category">
          Category{" "}
          <Select
            id="cases-category"
            value={category}
            onChange={(e) => setCategory(e.target.value as CaseCategory | "")}
            options={caseCategories.map((value) => ({ value, label: categoryLabels[value] }))}
            placeholder="All"
          />
        </label>
      </div>
      {cases.isPending ? <Loading /> : null}
      {cases.isError ? <ProblemAlert error={cases.error} /> : null}
      {cases.data && cases.data.items.length === 0 ? (
        <EmptyState title="No cases">
          Escalate from an assignment's page when a problem cannot be settled directly.
        </EmptyState>
      ) : null}
      {cases.data && cases.data.items.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Case</th>
                <th scope="col">Status</th>
                <th scope="col">Opened</th>
                <th scope="col">Next update due</th>
                {isTeam ? <th scope="col">Handled by</th> : null}
              </tr>
            </thead>
            <tbody>
              {cases.data.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/escalations/${c.id}`}>
                      {categoryLabels[c.category]}: {c.assignment.title}
                    </Link>
                    <br />
                    <span className="muted">
                      {c.assignment.company.name} · {c.assignment.worker.name}
                    </span>
                  </td>
                  <td>
                    <StatusBadge status={c.status} label={statusLabels[c.status]} />{" "}
                    {c.overdue ? <StatusBadge status="overdue" label="Overdue" tone="danger" /> : null}
                  </td>
                  <td>
                    <DateTime value={c.openedAt} />
                  </td>
                  <td>
                    <DateTime value={c.nextUpdateDueAt} fallback="—" />
                  </td>
                  {isTeam ? <td>{c.assignedTo?.name ?? "Nobody yet"}</td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </>
  );
}
