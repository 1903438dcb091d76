import { useState } from "react";
import { Link } from "react-router";
import type { AssignmentView } from "#domains/assignments/views";
import type { RequirementResult } from "#domains/talent/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Section } from "../ui/section";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useToast } from "../ui/toast";
import { problemText } from "./field-errors";
import {
  useAssignmentRequirements,
  useAttachedRequirementSet,
  useAttachRequirementSet,
  useOverrideRequirements,
  useRequirementSets,
} from "./queries";

/** Each requirement with met or not and the server's reason, in words and a sign (never colour alone). */
export function RequirementChecks({ result, label }: { result: Pick<RequirementResult, "checks">; label: string }) {
  return (
    <ul className="checklist" aria-label={label}>
      {result.checks.map((check) => (
        <li key={check.reason} className={check.met ? "check check--met" : "check check--unmet"}>
          <span aria-hidden="true">{check.met ? "✓ " : "✗ "}</span>
          <span className="visually-hidden">{check.met ? "Met: " : "Not met: "}</span>
          {check.reason}
        </li>
      ))}
    </ul>
  );
}

function WorkerRequirements({ view }: { view: AssignmentView }) {
  const mine = useAssignmentRequirements(view.id);
  if (!mine.data?.requirementSet) {
    return null;
  }
  const result = mine.data;
  return (
    <Section
      title="Requirements"
      description={
        result.eligible
          ? "You meet every requirement of this work."
          : "You can accept or apply once every requirement is met."
      }
    >
      <RequirementChecks result={result} label="Your requirement checks" />
      {result.override ? <p className="muted">The company let you through: {result.override.reason}</p> : null}
      {result.eligible ? null : (
        <p>
          <Link to="/credentials">Add or update your credentials</Link>
        </p>
      )}
    </Section>
  );
}

function RecipientCheck({ view, worker }: { view: AssignmentView; worker: { id: string; name: string } }) {
  const notify = useToast();
  const result = useAssignmentRequirements(view.id, worker.id);
  const override = useOverrideRequirements(view.id);
  const [reason, setReason] = useState("");
  if (!result.data) {
    return null;
  }
  return (
    <li>
      <p>
        <strong>{worker.name}</strong>: {result.data.eligible ? "meets the set" : "does not meet the set"}{" "}
        <Link to={`/workers/${worker.id}/credentials`}>Review {worker.name}'s credentials</Link>
      </p>
      <RequirementChecks result={result.data} label={`Checks for ${worker.name}`} />
      {result.data.eligible ? null : (
        <div className="form--inline">
          <TextInput
            aria-label={`Reason to let ${worker.name} through`}
            placeholder="Reason to override"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <Button
            size="small"
            disabled={reason.trim() === ""}
            isBusy={override.isPending}
            onClick={() =>
              override.mutate(
                { workerId: worker.id, reason },
                {
                  onSuccess: () => notify(`${worker.name} may now accept.`),
                  onError: (error) => notify(problemText(error), "error"),
                },
              )
            }
          >
            Override for {worker.name}
          </Button>
        </div>
      )}
    </li>
  );
}

function ClientRequirements({ view }: { view: AssignmentView }) {
  const notify = useToast();
  const sets = useRequirementSets();
  const attach = useAttachRequirementSet(view.id);
  const current = useAttachedRequirementSet(view.id);
  const mayChange = (view.party === "admin" || view.party === "manager") && ["draft", "sent"].includes(view.status);
  const chosen = current.data?.requirementSet?.id ?? "";
  return (
    <Section title="Requirements" description="Workers must meet the set to accept or apply; each sees why not.">
      {mayChange && sets.data ? (
        <Field label="Requirement set" hint={<Link to="/requirement-sets">Manage requirement sets</Link>}>
          {(control) => (
            <Select
              {...control}
              value={chosen}
              placeholder="None: anyone sent it may accept"
              options={sets.data.items.map((s) => ({ value: s.id, label: s.name }))}
              disabled={attach.isPending}
              onChange={(event) =>
                attach.mutate(event.target.value || null, {
                  onSuccess: (done) =>
                    notify(done.requirementSet ? `"${done.requirementSet.name}" attached.` : "Set removed."),
                  onError: (error) => notify(problemText(error), "error"),
                })
              }
            />
          )}
        </Field>
      ) : (
        <p>{current.data?.requirementSet ? current.data.requirementSet.name : "No requirement set."}</p>
      )}
      {current.data?.requirementSet && view.recipients.length > 0 ? (
        <ul className="stack">
          {view.recipients.map((r) => (
            <RecipientCheck key={r.worker.id} view={view} worker={r.worker} />
          ))}
        </ul>
      ) : null}
    </Section>
  );
}

/** The assignment's requirement set: the worker's own checks, or the company's set and each invitee's checks. */
export function AssignmentRequirements({ view, isWorker }: { view: AssignmentView; isWorker: boolean }) {
  return isWorker ? <WorkerRequirements view={view} /> : <ClientRequirements view={view} />;
}
