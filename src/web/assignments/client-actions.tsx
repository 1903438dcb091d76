import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views";
import { Button, ButtonLink } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { FormProblem } from "../ui/form-problem";
import { useToast } from "../ui/toast";
import { AddRecipientsDialog } from "./add-recipients-dialog";
import { CancelDialog } from "./cancel-dialog";
import { SendToWorkers } from "./pool-reach";
import {
  useHoldAssignment,
  useMarkNoShow,
  useResumeAssignment,
  useVoidAssignment,
  useWithdrawAssignment,
} from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { SaveTemplateDialog } from "./save-template-dialog";
import { useDialogAction } from "./use-dialog-action";

type Open =
  | "send"
  | "addRecipients"
  | "cancel"
  | "hold"
  | "withdraw"
  | "markNoShow"
  | "resume"
  | "void"
  | "saveTemplate"
  | null;

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

/** The questions of the one-click verbs, worded with what this assignment has: who is invited, who is assigned. */
function confirmationsFor(view: AssignmentView) {
  const open = view.recipients.filter((r) => r.status === "invited").length;
  const worker = view.assignedWorker?.name ?? "The worker";
  return {
    withdraw: {
      title: "Withdraw to draft?",
      body:
        open > 0
          ? `${plural(open, "open invitation closes", "open invitations close")} and the workers are told. You can edit and send it again.`
          : "No invitation is open any more. You can edit and send it again.",
      label: "Withdraw",
      done: "The assignment is back to draft.",
    },
    markNoShow: {
      title: "Record a no-show?",
      body: `${worker} did not come. It is recorded against them, they are told, and the assignment returns to draft so you can send it again.`,
      label: "Record no-show",
      done: "The no-show is recorded.",
    },
    resume: {
      title: "Resume the work?",
      body: "The worker is told the hold is over.",
      label: "Resume",
      done: "Resumed.",
    },
    void: {
      title: "Void this draft?",
      body: "It stays in your history but can no longer be edited or sent.",
      label: "Void draft",
      done: "The draft is void.",
    },
  } as const;
}

/** The client's buttons: exactly the verbs in the view's `actions`, each with its question or dialog. */
export function ClientActions({ view }: { view: AssignmentView }) {
  const notify = useToast();
  const [open, setOpen] = useState<Open>(null);
  const close = () => setOpen(null);
  const has = (action: AssignmentView["actions"][number]) => view.actions.includes(action);
  const mutations = {
    withdraw: useWithdrawAssignment(view.id),
    markNoShow: useMarkNoShow(view.id),
    resume: useResumeAssignment(view.id),
    void: useVoidAssignment(view.id),
  };
  const hold = useHoldAssignment(view.id);
  const confirmations = confirmationsFor(view);
  const simple = open === "withdraw" || open === "markNoShow" || open === "resume" || open === "void" ? open : null;
  const action = useDialogAction(() => {
    if (simple) {
      notify(confirmations[simple].done);
    }
    close();
  });

  return (
    <div className="inline-list">
      {has("update") ? <ButtonLink to={`/assignments/${view.id}/edit`}>Edit</ButtonLink> : null}
      {has("send") || has("assign") ? (
        <Button variant="primary" onClick={() => setOpen("send")}>
          Send to workers
        </Button>
      ) : null}
      {has("addRecipients") ? <Button onClick={() => setOpen("addRecipients")}>Invite more workers</Button> : null}
      {has("withdraw") ? <Button onClick={() => setOpen("withdraw")}>Withdraw to draft</Button> : null}
      {has("hold") ? <Button onClick={() => setOpen("hold")}>Put on hold</Button> : null}
      {has("resume") ? <Button onClick={() => setOpen("resume")}>Resume</Button> : null}
      {has("markNoShow") ? <Button onClick={() => setOpen("markNoShow")}>Record a no-show</Button> : null}
      {has("void") ? (
        <Button variant="danger" onClick={() => setOpen("void")}>
          Void draft
        </Button>
      ) : null}
      {view.party === "admin" || view.party === "manager" ? (
        <Button onClick={() => setOpen("saveTemplate")}>Save as template</Button>
      ) : null}
      {has("cancel") ? (
        <Button variant="danger" onClick={() => setOpen("cancel")}>
          Cancel assignment
        </Button>
      ) : null}

      <SaveTemplateDialog assignmentId={view.id} title={view.title} isOpen={open === "saveTemplate"} onClose={close} />
      <SendToWorkers view={view} isOpen={open === "send"} onClose={close} />
      <AddRecipientsDialog view={view} isOpen={open === "addRecipients"} onClose={close} />
      <CancelDialog key={`cancel-${view.version}`} view={view} isOpen={open === "cancel"} onClose={close} />
      <ReasonDialog
        isOpen={open === "hold"}
        title="Put the work on hold?"
        label="Reason (the worker reads it)"
        confirmLabel="Put on hold"
        tone="primary"
        onSubmit={(reason) => hold.mutateAsync({ reason })}
        onClose={close}
      />
      <ConfirmDialog
        isOpen={simple !== null}
        title={simple ? confirmations[simple].title : ""}
        confirmLabel={simple ? confirmations[simple].label : "Confirm"}
        tone={simple === "void" || simple === "markNoShow" ? "danger" : "primary"}
        isBusy={action.isBusy}
        onConfirm={() => simple && void action.run(() => mutations[simple].mutateAsync())}
        onClose={() => {
          action.clear();
          close();
        }}
      >
        <FormProblem message={action.problem} />
        <p>{simple ? confirmations[simple].body : null}</p>
      </ConfirmDialog>
    </div>
  );
}
