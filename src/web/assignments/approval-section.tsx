import { useState } from "react";
import type { AssignmentView } from "#domains/assignments/views/contract";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { FormProblem } from "../ui/form-problem";
import { Markdown } from "../ui/markdown";
import { Money } from "../ui/money";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { useApproveAssignment, useReturnAssignment } from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { TimeLogList } from "./time-log-list";
import { useDialogAction } from "./use-dialog-action";

/** What was handed in (hours, units, expenses, total, notes, time log) and, for the client, approve or return. */
export function ApprovalSection({ view }: { view: AssignmentView }) {
  const notify = useToast();
  const approve = useApproveAssignment(view.id);
  const giveBack = useReturnAssignment(view.id);
  const [open, setOpen] = useState<"approve" | "return" | null>(null);
  const action = useDialogAction(() => {
    notify("Approved. Payment follows the payment terms.");
    setOpen(null);
  });
  const claim = view.claim;
  if (!claim) {
    return null;
  }
  const canApprove = view.actions.includes("approve");
  const canReturn = view.actions.includes("return");
  return (
    <Section
      title={view.status === "submitted" ? "Work submitted for approval" : "Work handed in"}
      description={
        view.autoApprovalDueAt && view.status === "submitted" ? (
          <>
            Approved automatically <DateTime value={view.autoApprovalDueAt} />
            {view.autoApprovalHeld ? " (on hold while an escalation is open)" : ""} unless the client acts.
          </>
        ) : undefined
      }
      actions={
        canApprove || canReturn ? (
          <span className="inline-list">
            {canReturn ? <Button onClick={() => setOpen("return")}>Return to worker</Button> : null}
            {canApprove ? (
              <Button variant="primary" onClick={() => setOpen("approve")}>
                Approve
              </Button>
            ) : null}
          </span>
        ) : null
      }
    >
      <dl className="facts" aria-label="The claim">
        {claim.hours !== null ? (
          <div>
            <dt>Hours</dt>
            <dd>{claim.hours}</dd>
          </div>
        ) : null}
        {claim.units !== null ? (
          <div>
            <dt>Units</dt>
            <dd>{claim.units}</dd>
          </div>
        ) : null}
        <div>
          <dt>Expenses</dt>
          <dd>
            <Money value={claim.expenses} />
          </dd>
        </div>
        <div>
          <dt>Total claimed</dt>
          <dd>
            <strong>
              <Money value={claim.total} />
            </strong>{" "}
            <span className="muted small">
              of at most <Money value={view.maximumSpend} />
            </span>
          </dd>
        </div>
        {view.submittedAt ? (
          <div>
            <dt>Submitted</dt>
            <dd>
              <DateTime value={view.submittedAt} />
            </dd>
          </div>
        ) : null}
      </dl>
      {view.submissionNotes ? <Markdown source={view.submissionNotes} /> : null}
      {view.timeLogs.length > 0 ? <TimeLogList logs={view.timeLogs} /> : null}
      <ConfirmDialog
        isOpen={open === "approve"}
        title="Approve this work?"
        confirmLabel="Approve"
        tone="primary"
        isBusy={action.isBusy}
        onConfirm={() => void action.run(() => approve.mutateAsync())}
        onClose={() => {
          action.clear();
          setOpen(null);
        }}
      >
        <FormProblem message={action.problem} />
        <p>
          You approve <Money value={claim.total} /> for {view.assignedWorker?.name ?? "the worker"}; it is paid{" "}
          {view.paymentTermsDays === 0 ? "on approval" : `within ${view.paymentTermsDays} days`}.
        </p>
      </ConfirmDialog>
      <ReasonDialog
        isOpen={open === "return"}
        title="Return the work to the worker?"
        label="What must change (the worker reads it)"
        confirmLabel="Return to worker"
        tone="primary"
        onSubmit={(reason) => giveBack.mutateAsync({ reason })}
        onClose={() => setOpen(null)}
      />
    </Section>
  );
}
