import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views";
import { useRedConfirmation } from "../ratings/scorecard-summary";
import { Button } from "../ui/button";
import { FormProblem } from "../ui/form-problem";
import { StatusBadge } from "../ui/status-badge";
import { useToast } from "../ui/toast";
import { ApplyDialog } from "./apply-dialog";
import { AssignmentStatusBadges } from "./assignment-status";
import { outcomeNote, outcomeText } from "./invitation-text";
import {
  useAbandonAssignment,
  useAcceptAssignment,
  useCheckIn,
  useCheckOut,
  useConfirmAssignment,
  useDeclineAssignment,
} from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { SubmitDialog } from "./submit-dialog";
import { useDialogAction } from "./use-dialog-action";

type Open = "apply" | "decline" | "submit" | "abandon" | null;

/** What happened to a worker no longer on the assignment, in words: they otherwise see no buttons and no reason. */
function OutcomeNote({ view }: { view: AssignmentView }) {
  const note = view.workerOutcome ? outcomeNote(view.workerOutcome, view.invitation?.reason ?? null) : null;
  return note ? (
    <div className="callout" role="note">
      <p>{note}</p>
    </div>
  ) : null;
}

/** The page's status line for a worker: where they stand when they are off the assignment, else its status. */
export function WorkerStatus({ view }: { view: AssignmentView }) {
  if (!view.workerOutcome) {
    return <AssignmentStatusBadges status={view.status} labels={view.labels} />;
  }
  const { label, tone } = outcomeText[view.workerOutcome];
  return <StatusBadge status={view.workerOutcome} label={label} tone={tone} />;
}

/** The worker's buttons, from the view's `actions`; one-click verbs run at once and say what happened. */
export function WorkerActions({ view }: { view: AssignmentView }) {
  const notify = useToast();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const has = (action: AssignmentView["actions"][number]) => view.actions.includes(action);
  const accept = useAcceptAssignment(view.id);
  const confirm = useConfirmAssignment(view.id);
  const checkIn = useCheckIn(view.id);
  const checkOut = useCheckOut(view.id);
  const decline = useDeclineAssignment(view.id);
  const abandon = useAbandonAssignment(view.id);
  const direct = useDialogAction(() => undefined);
  const red = useRedConfirmation(view.companyScorecard, view.company.name);
  const run = (mutate: () => Promise<unknown>, done: string) =>
    void direct.run(async () => {
      await mutate();
      notify(done);
    });

  return (
    <div>
      <OutcomeNote view={view} />
      <FormProblem message={direct.problem} />
      <div className="inline-list">
        {has("accept") ? (
          <Button
            variant="primary"
            isBusy={accept.isPending}
            onClick={() => red.guard(() => run(() => accept.mutateAsync(), "It is yours."))}
          >
            Accept assignment
          </Button>
        ) : null}
        {has("apply") ? (
          <Button variant="primary" onClick={() => red.guard(() => setOpen("apply"))}>
            Apply
          </Button>
        ) : null}
        {has("decline") ? <Button onClick={() => setOpen("decline")}>Decline</Button> : null}
        {has("confirm") ? (
          <Button
            variant="primary"
            isBusy={confirm.isPending}
            onClick={() => run(() => confirm.mutateAsync(), "Confirmed: the client knows you are coming.")}
          >
            Confirm I will be there
          </Button>
        ) : null}
        {has("checkIn") ? (
          <Button
            variant="primary"
            isBusy={checkIn.isPending}
            onClick={() => run(() => checkIn.mutateAsync({ note: null }), "Checked in.")}
          >
            Check in
          </Button>
        ) : null}
        {has("checkOut") ? (
          <Button
            isBusy={checkOut.isPending}
            onClick={() => run(() => checkOut.mutateAsync({ note: null }), "Checked out.")}
          >
            Check out
          </Button>
        ) : null}
        {has("submit") ? (
          <Button variant="primary" onClick={() => setOpen("submit")}>
            Submit work
          </Button>
        ) : null}
        {has("abandon") ? (
          <Button variant="danger" onClick={() => setOpen("abandon")}>
            Abandon
          </Button>
        ) : null}
      </div>
      {red.dialog}
      <ApplyDialog key={`apply-${view.version}`} terms={view} isOpen={open === "apply"} onClose={close} />
      <SubmitDialog key={`submit-${view.version}`} view={view} isOpen={open === "submit"} onClose={close} />
      <ReasonDialog
        isOpen={open === "decline"}
        title="Decline this assignment?"
        label="Why? (the client reads it)"
        confirmLabel="Decline"
        onSubmit={(reason) => decline.mutateAsync({ reason })}
        onClose={close}
      />
      <ReasonDialog
        isOpen={open === "abandon"}
        title="Abandon this assignment?"
        label="Why are you leaving it? (the client reads it)"
        confirmLabel="Abandon assignment"
        onSubmit={async (reason) => {
          await abandon.mutateAsync({ reason });
          notify("You left the assignment; the client is told.");
        }}
        onClose={close}
      >
        <p>You are unassigned at once. Abandoned assignments count against you later.</p>
      </ReasonDialog>
    </div>
  );
}
