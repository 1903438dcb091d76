import { useState } from "react";
import type { RequestView } from "#domains/assignments/requests/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { isProblem } from "../api";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { requestKindText } from "./assignment-text";
import { MakeRequestDialog } from "./make-request-dialog";
import { useAnswerRequest, useRequests } from "./requests-queries";
import { ScheduleText } from "./schedule-text";

const tones = {
  pending: "warning",
  accepted: "success",
  declined: "neutral",
  withdrawn: "neutral",
  closed: "neutral",
} as const;
const verbText = { accept: "Accept", decline: "Decline", withdraw: "Withdraw" } as const;
const doneText = { accept: "accepted", decline: "declined", withdraw: "withdrawn" } as const;

function RequestRow({ assignmentId, request }: { assignmentId: string; request: RequestView }) {
  const notify = useToast();
  const answer = useAnswerRequest(assignmentId);
  return (
    <li>
      <p>
        <strong>{requestKindText[request.kind]}</strong> {request.amount ? <Money value={request.amount} /> : null}
        {request.schedule ? <ScheduleText schedule={request.schedule} /> : null}{" "}
        <StatusBadge status={request.status} tone={tones[request.status]} />
      </p>
      <p className="muted small">
        {request.requestedBy.name}, <DateTime value={request.requestedAt} />: {request.reason}
      </p>
      {request.answer?.note ? <p className="muted small">Answer: {request.answer.note}</p> : null}
      {answer.isError ? <p className="field__error">{answer.error.message}</p> : null}
      {request.actions.length > 0 ? (
        <span className="inline-list">
          {request.actions.map((verb) => (
            <Button
              key={verb}
              size="small"
              variant={verb === "accept" ? "primary" : "secondary"}
              isBusy={answer.isPending}
              onClick={() =>
                answer.mutate(
                  { requestId: request.id, verb, note: null },
                  { onSuccess: () => notify(`${requestKindText[request.kind]}: ${doneText[verb]}.`) },
                )
              }
            >
              {verbText[verb]}
              <span className="visually-hidden"> the {requestKindText[request.kind].toLowerCase()} request</span>
            </Button>
          ))}
        </span>
      ) : null}
    </li>
  );
}

/**
 * Requests between the two sides, each answered by the other; what was accepted is recorded for payments. An invited
 * worker has none to see, so their page does not ask (issue 9: it answered 404 in the console).
 */
export function RequestsSection({ view }: { view: AssignmentView }) {
  return view.party === "invitee" ? null : <RequestsList view={view} />;
}

function RequestsList({ view }: { view: AssignmentView }) {
  const requests = useRequests(view.id);
  const [isOpen, setIsOpen] = useState(false);
  if (requests.isPending || (requests.isError && isProblem(requests.error, "not_found"))) {
    return null;
  }
  if (requests.isError) {
    return <ProblemAlert error={requests.error} />;
  }
  const { items, canMake, accepted } = requests.data;
  if (items.length === 0 && canMake.length === 0) {
    return null;
  }
  const extras = [accepted.budgetIncrease, accepted.expenses, accepted.bonus].some((money) => money.amount > 0);
  return (
    <Section
      title="Requests"
      description="Budget increases, reschedules, expenses and bonuses, each answered by the other side."
      actions={
        canMake.length > 0 ? (
          <Button size="small" onClick={() => setIsOpen(true)}>
            Make a request
          </Button>
        ) : null
      }
    >
      {items.length === 0 ? <p className="muted">No requests.</p> : null}
      {items.length > 0 ? (
        <ul className="link-list" aria-label="Requests">
          {items.map((request) => (
            <RequestRow key={request.id} assignmentId={view.id} request={request} />
          ))}
        </ul>
      ) : null}
      {extras ? (
        <p className="muted small">
          Accepted so far: budget +<Money value={accepted.budgetIncrease} />, expenses{" "}
          <Money value={accepted.expenses} />, bonus <Money value={accepted.bonus} />.
        </p>
      ) : null}
      {canMake.length > 0 ? (
        <MakeRequestDialog
          key={canMake.join()}
          assignmentId={view.id}
          kinds={canMake}
          currency={view.currency}
          timeZone={view.timeZone}
          isOpen={isOpen}
          onClose={() => setIsOpen(false)}
        />
      ) : null}
    </Section>
  );
}
