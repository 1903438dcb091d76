import { useId, useState } from "react";
import { Link, useParams } from "react-router";
import type { EscalationView } from "#domains/escalations/views";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Loading } from "../ui/loading";
import { Markdown } from "../ui/markdown";
import { Money } from "../ui/money";
import { PageHeader } from "../ui/page-header";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { useToast } from "../ui/toast";
import { CaseConversation } from "./case-conversation";
import { CaseFiles } from "./case-files";
import { CaseProposals } from "./case-proposals";
import { CaseRecord } from "./case-record";
import { categoryLabels, statusLabels } from "./labels";
import { useCloseCase, useEscalation, useTakeCase, useWithdrawCase } from "./queries";

function CaseActions({ view }: { view: EscalationView }) {
  const id = useId();
  const take = useTakeCase(view.id);
  const close = useCloseCase(view.id);
  const withdraw = useWithdrawCase(view.id);
  const notify = useToast();
  const [summary, setSummary] = useState("");
  const failed = take.error ?? close.error ?? withdraw.error;
  return (
    <div className="stack">
      {view.actions.includes("take") ? (
        <span>
          <Button
            isBusy={take.isPending}
            onClick={() => take.mutate(undefined, { onSuccess: () => notify("The case is yours.") })}
          >
            Take this case
          </Button>
        </span>
      ) : null}
      {view.actions.includes("withdraw") ? (
        <span>
          <Button
            isBusy={withdraw.isPending}
            onClick={() => withdraw.mutate(null, { onSuccess: () => notify("The case is withdrawn.") })}
          >
            Withdraw my case
          </Button>
        </span>
      ) : null}
      {view.actions.includes("close") ? (
        <form
          className="stack"
          aria-label="Close without agreement"
          onSubmit={(event) => {
            event.preventDefault();
            close.mutate({ summary }, { onSuccess: () => notify("Closed; both sides have the summary.") });
          }}
        >
          <label htmlFor={`${id}-summary`}>Closing summary (sent to both sides)</label>
          <TextArea id={`${id}-summary`} rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />
          <span>
            <Button type="submit" isBusy={close.isPending} disabled={summary.trim().length < 10}>
              Close without agreement
            </Button>
          </span>
        </form>
      ) : null}
      {failed ? <ProblemAlert error={failed} /> : null}
    </div>
  );
}

/** /escalations/:id: the case for both parties and the team: facts, clocks, conversation, proposals. */
export function EscalationPage() {
  const { id = "" } = useParams();
  const escalation = useEscalation(id);
  if (escalation.isPending) {
    return <Loading />;
  }
  if (escalation.isError) {
    return <ProblemAlert error={escalation.error} onRetry={() => void escalation.refetch()} />;
  }
  const view = escalation.data;
  const active = view.status === "open" || view.status === "in_review";
  return (
    <>
      <PageHeader
        eyebrow="Escalation case"
        title={`${categoryLabels[view.category]}: ${view.assignment.title}`}
        lead={
          <>
            <StatusBadge status={view.status} label={statusLabels[view.status]} />{" "}
            {view.overdue ? <StatusBadge status="overdue" label="Update overdue" tone="danger" /> : null}
          </>
        }
      />
      <div className="grid grid--sidebar">
        <div>
          <Section title="The problem">
            <p>
              Opened by {view.openedBy.name} ({view.openedBy.side}) <DateTime value={view.openedAt} />
            </p>
            <Markdown source={view.details} />
            <p>
              <strong>Outcome hoped for:</strong> {view.desiredOutcome}
              {view.desiredAmount ? (
                <>
                  {" "}
                  (<Money value={view.desiredAmount} />)
                </>
              ) : null}
            </p>
            {view.closingSummary ? (
              <p>
                <strong>Summary:</strong> {view.closingSummary}
              </p>
            ) : null}
          </Section>
          <CaseProposals view={view} />
          <CaseFiles view={view} />
          <CaseConversation view={view} />
          <CaseRecord view={view} />
        </div>
        <aside>
          <Section title="Case">
            <dl className="facts">
              <dt>Assignment</dt>
              <dd>
                {view.party === "team" ? (
                  view.assignment.title
                ) : (
                  <Link to={`/assignments/${view.assignment.id}`}>{view.assignment.title}</Link>
                )}{" "}
                ({view.assignment.status.replaceAll("_", " ")})
              </dd>
              <dt>Client</dt>
              <dd>{view.assignment.company.name}</dd>
              <dt>Worker</dt>
              <dd>{view.assignment.worker.name}</dd>
              <dt>Handled by</dt>
              <dd>{view.assignedTo?.name ?? "Not taken yet"}</dd>
              <dt>First response due</dt>
              <dd>
                <DateTime value={view.firstResponseDueAt} />
              </dd>
              <dt>First response</dt>
              <dd>
                <DateTime value={view.firstResponseAt} fallback="Not yet" />
              </dd>
              {active ? (
                <>
                  <dt>Next update due</dt>
                  <dd>
                    <DateTime value={view.nextUpdateDueAt} />
                  </dd>
                </>
              ) : null}
              <dt>Auto-approval and auto-pay</dt>
              <dd>
                {view.assignment.autoApprovalPaused || view.assignment.autoPayPaused
                  ? "Paused by an open escalation"
                  : "Running"}
              </dd>
            </dl>
          </Section>
          <CaseActions view={view} />
        </aside>
      </div>
    </>
  );
}
