import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { Button } from "../ui/button";
import { FormProblem } from "../ui/form-problem";
import { useToast } from "../ui/toast";
import { ApplyDialog } from "./apply-dialog";
import {
  useAbandonAssignment,
  useAcceptAssignment,
  useCheckIn,
  useCheckOut,
  useConfirmAssignment,
  useDeclineAssignment,
  useTimeline,
} from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { SubmitDialog } from "./submit-dialog";
import { useDialogAction } from "./use-dialog-action";

type Open = "apply" | "decline" | "submit" | "abandon" | null;

/** The events that close a worker's invitation; the view itself only says "withdrawn" for all three. */
const closingEvents = ["assignment.withdrawn", "assignment.abandoned", "assignment.no_show_marked"];

function closedText(action: string | undefined, reason: unknown): string {
  switch (action) {
    case "assignment.abandoned":
      return `You left this assignment: ${String(reason ?? "")}`;
    case "assignment.no_show_marked":
      return "The client recorded you as a no-show and took the assignment off you. If this is wrong, write to the client or escalate.";
    case "assignment.withdrawn":
      return "The client withdrew this assignment. Nothing is needed from you.";
    default:
      return "This invitation is closed.";
  }
}

/**
 * Why nothing can be done here any more. A withdrawal, an abandon and a no-show all leave the invitation
 * "withdrawn", so the worker's own timeline says which one it was.
 */
function WithdrawnNotice({ id }: { id: string }) {
  const timeline = useTimeline(id);
  const last = timeline.data?.items.findLast((entry) => closingEvents.includes(entry.action));
  return (
    <div className="callout" role="note">
      <p>{closedText(last?.action, last?.data.reason)}</p>
    </div>
  );
}

/** A closed invitation in words: the worker otherwise sees no buttons and a status that is not theirs. */
function InvitationClosed({ view }: { view: AssignmentView }) {
  if (view.party !== "invitee" || !view.invitation) {
    return null;
  }
  switch (view.invitation.status) {
    case "withdrawn":
      return <WithdrawnNotice id={view.id} />;
    case "declined":
      return <p className="muted">You declined this assignment.</p>;
    case "expired":
      return <p className="muted">Your invitation expired before you answered.</p>;
    default:
      return null;
  }
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
  const run = (mutate: () => Promise<unknown>, done: string) =>
    void direct.run(async () => {
      await mutate();
      notify(done);
    });

  return (
    <div>
      <InvitationClosed view={view} />
      <FormProblem message={direct.problem} />
      <div className="inline-list">
        {has("accept") ? (
          <Button
            variant="primary"
            isBusy={accept.isPending}
            onClick={() => run(() => accept.mutateAsync(), "It is yours.")}
          >
            Accept assignment
          </Button>
        ) : null}
        {has("apply") ? (
          <Button variant="primary" onClick={() => setOpen("apply")}>
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
