import { useId, useState } from "react";
import { type SettlementKind, settlementKinds } from "#domains/escalations/contract";
import type { EscalationView } from "#domains/escalations/views";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { StatusBadge } from "../ui/status-badge";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { settlementLabels } from "./labels";
import { useAnswerProposal, usePropose } from "./queries";

const answerText = (answer: "accepted" | "declined" | null) => answer ?? "not yet";

function ProposeForm({ view }: { view: EscalationView }) {
  const id = useId();
  const propose = usePropose(view.id);
  const notify = useToast();
  const [kind, setKind] = useState<SettlementKind>("pay");
  const [amount, setAmount] = useState("");
  const [dueDate, setDueDate] = useState("");
  const [note, setNote] = useState("");
  return (
    <form
      className="stack"
      aria-label="Propose a settlement"
      onSubmit={(event) => {
        event.preventDefault();
        propose.mutate(
          {
            kind,
            amount: kind === "pay" ? Math.round(Number(amount) * 100) : null,
            dueAt: kind === "rework" && dueDate ? new Date(`${dueDate}T17:00:00Z`).toISOString() : null,
            note: note.trim() ? note : null,
          },
          { onSuccess: () => notify("Proposed. It takes effect only when both sides accept.") },
        );
      }}
    >
      <label htmlFor={`${id}-kind`}>Settlement</label>
      <Select
        id={`${id}-kind`}
        value={kind}
        onChange={(e) => setKind(e.target.value as SettlementKind)}
        options={settlementKinds.map((value) => ({ value, label: settlementLabels[value] }))}
      />
      {kind === "pay" ? (
        <>
          <label htmlFor={`${id}-amount`}>Amount ({view.assignment.currency})</label>
          <TextInput
            id={`${id}-amount`}
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </>
      ) : null}
      {kind === "rework" ? (
        <>
          <label htmlFor={`${id}-due`}>New due date</label>
          <TextInput id={`${id}-due`} type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
        </>
      ) : null}
      <label htmlFor={`${id}-note`}>Note (optional)</label>
      <TextInput id={`${id}-note`} value={note} onChange={(e) => setNote(e.target.value)} />
      {propose.isError ? <ProblemAlert error={propose.error} /> : null}
      <span>
        <Button type="submit" variant="primary" size="small" isBusy={propose.isPending}>
          Propose
        </Button>
      </span>
    </form>
  );
}

/** Settlements proposed, both sides' answers, Accept and Decline from `actions`, and the form to propose one. */
export function CaseProposals({ view }: { view: EscalationView }) {
  const answer = useAnswerProposal(view.id);
  const notify = useToast();
  const canPropose = view.actions.includes("propose");
  if (view.proposals.length === 0 && !canPropose) {
    return null;
  }
  return (
    <Section
      title="Settlement proposals"
      description="Nothing is imposed: a settlement executes only when both sides accept it."
    >
      <ul className="stack" aria-label="Proposals">
        {view.proposals.map((p) => (
          <li key={p.id}>
            <p>
              <strong>{settlementLabels[p.kind]}</strong>
              {p.amount ? (
                <>
                  : <Money value={p.amount} />
                </>
              ) : null}
              {p.dueAt ? (
                <>
                  , due <DateTime value={p.dueAt} />
                </>
              ) : null}{" "}
              <StatusBadge status={p.status} />
            </p>
            <p className="muted">
              Proposed by {p.proposedBy.name} ({p.proposedBy.side}). Client: {answerText(p.clientAnswer)}; worker:{" "}
              {answerText(p.workerAnswer)}.{p.note ? ` ${p.note}` : ""}
            </p>
            {p.actions.length > 0 ? (
              <span className="inline-list">
                {p.actions.map((a) => (
                  <Button
                    key={a}
                    size="small"
                    variant={a === "accept" ? "primary" : undefined}
                    isBusy={answer.isPending}
                    onClick={() =>
                      answer.mutate(
                        { proposalId: p.id, answer: a },
                        { onSuccess: () => notify(a === "accept" ? "Accepted." : "Declined.") },
                      )
                    }
                  >
                    {a === "accept" ? "Accept" : "Decline"}
                  </Button>
                ))}
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {answer.isError ? <ProblemAlert error={answer.error} /> : null}
      {canPropose ? <ProposeForm view={view} /> : null}
    </Section>
  );
}
