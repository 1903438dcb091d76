import { useSearchParams } from "react-router";
import { useSession } from "../shell/use-session";
import { ButtonLink } from "../ui/button";
import { EmptyState } from "../ui/empty-state";
import { Loading } from "../ui/loading";
import { PageHeader } from "../ui/page-header";
import { Pager, useCursorPages } from "../ui/pager";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { AssignmentFilters, type FilterValues } from "./assignment-filters";
import { AssignmentTotals } from "./assignment-totals";
import { AssignmentsTable } from "./assignments-table";
import { exportUrl, type ListFilters, useAssignments } from "./queries";

const filterKeys = ["status", "label", "from", "to", "q", "workerId", "workerName"] as const;

/** A calendar day typed in the viewer's zone → the instant it starts (`dayOffset` 1 = the next day). */
function dayStart(day: string, dayOffset = 0): string | undefined {
  const date = new Date(`${day}T00:00`);
  if (Number.isNaN(date.getTime())) {
    return undefined;
  }
  date.setDate(date.getDate() + dayOffset);
  return date.toISOString();
}

function readFilters(params: URLSearchParams): FilterValues {
  const get = (key: (typeof filterKeys)[number]) => params.get(key) ?? "";
  return {
    status: get("status"),
    label: get("label"),
    from: get("from"),
    to: get("to"),
    q: get("q"),
    workerId: get("workerId"),
    workerName: get("workerName"),
  };
}

function toQuery(values: FilterValues, cursor: string | undefined): ListFilters {
  return {
    status: values.status || undefined,
    label: values.label || undefined,
    from: values.from ? dayStart(values.from) : undefined,
    // "On or before" a day includes the whole day.
    to: values.to ? dayStart(values.to, 1) : undefined,
    q: values.q || undefined,
    workerId: values.workerId || undefined,
    cursor,
  };
}

/** /assignments: the client's assignments, filtered (the "exceptions" view is the label filter), with totals. */
export function AssignmentsPage() {
  const me = useSession();
  const [params, setParams] = useSearchParams();
  const values = readFilters(params);
  const pages = useCursorPages();
  const query = toQuery(values, pages.cursor);
  const list = useAssignments(query);
  const canCreate = me.company?.role === "admin" || me.company?.role === "manager";

  const setFilters = (next: FilterValues) => {
    pages.reset();
    setParams(Object.fromEntries(Object.entries(next).filter(([, value]) => value !== "")), { replace: true });
  };
  const isFiltered = filterKeys.some((key) => values[key] !== "");

  return (
    <>
      <PageHeader
        eyebrow={me.company?.name}
        title="Assignments"
        lead="Everything your company has posted, with its exceptions: late, not confirmed, on hold, waiting on you."
        actions={
          canCreate ? (
            <ButtonLink to="/assignments/new" variant="primary">
              New assignment
            </ButtonLink>
          ) : null
        }
      />
      <Section
        title="Find assignments"
        actions={
          <ButtonLink to={exportUrl(query)} reloadDocument download size="small">
            Export CSV
          </ButtonLink>
        }
      >
        <AssignmentFilters key={values.q} values={values} onChange={setFilters} />
        {list.data ? (
          <AssignmentTotals
            totals={list.data.totals}
            status={values.status}
            onPick={(status) => setFilters({ ...values, status })}
          />
        ) : null}
      </Section>
      <Section title="Results">
        {list.isPending ? <Loading /> : null}
        {list.isError ? <ProblemAlert error={list.error} onRetry={() => void list.refetch()} /> : null}
        {list.data && list.data.items.length === 0 ? (
          <EmptyState
            title={isFiltered ? "No assignment matches these filters." : "No assignments yet."}
            action={
              canCreate && !isFiltered ? (
                <ButtonLink to="/assignments/new" variant="primary">
                  Create your first assignment
                </ButtonLink>
              ) : null
            }
          />
        ) : null}
        {list.data && list.data.items.length > 0 ? (
          <AssignmentsTable
            items={list.data.items}
            onPickWorker={(worker) => setFilters({ ...values, workerId: worker.id, workerName: worker.name })}
          />
        ) : null}
        <Pager label="Pages of assignments" pages={pages} nextCursor={list.data?.nextCursor} />
      </Section>
    </>
  );
}
