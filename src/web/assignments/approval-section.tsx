import { useState } from "react";
import type { FileView, RequirementView } from "#domains/assignments/deliverables/contract";
import type { AssignmentView } from "#domains/assignments/views";
import { imageTypes } from "#shared/files";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { FormProblem } from "../ui/form-problem";
import { Markdown } from "../ui/markdown";
import { Money } from "../ui/money";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { ApprovalWarnings } from "./approval-warnings";
import { useApproveAssignment, useReturnAssignment } from "./queries";
import { ReasonDialog } from "./reason-dialog";
import { TimeLogList } from "./time-log-list";
import { useDialogAction } from "./use-dialog-action";

/** Served inline by the server (downloadHeaders) and drawn by browsers: every image type but HEIC. */
const isPreviewable = (file: FileView) =>
  (imageTypes as readonly string[]).includes(file.contentType) && file.contentType !== "image/heic";

function HandedInFile({ requirement, file }: { requirement: RequirementView; file: FileView }) {
  const name = file.caption ?? file.fileName;
  return (
    <li>
      <a href={file.url} target="_blank" rel="noreferrer">
        {isPreviewable(file) ? (
          <img
            src={file.url}
            alt={`${requirement.title}: ${name}`}
            style={{
              display: "block",
              maxWidth: "100%",
              height: "8rem",
              objectFit: "contain",
              background: "var(--color-surface)",
              border: "1px solid var(--color-border)",
              borderRadius: "var(--radius-small)",
            }}
          />
        ) : (
          name
        )}
      </a>
    </li>
  );
}

/** The deliverables as the client reviews them: photos and signatures as pictures, reports as text, other files as links. */
function HandedIn({ requirements }: { requirements: RequirementView[] }) {
  const handedIn = requirements.filter((r) => r.files.length > 0 || r.report);
  if (handedIn.length === 0) {
    return null;
  }
  return (
    <>
      <h3 className="subheading">Deliverables handed in</h3>
      {handedIn.map((requirement) => (
        <div key={requirement.id}>
          <p>
            <strong>{requirement.title}</strong>{" "}
            <span className="muted small">
              {requirement.handedIn} of {requirement.requiredCount}
            </span>
          </p>
          {requirement.files.length > 0 ? (
            <ul className="inline-list" aria-label={`Handed in: ${requirement.title}`}>
              {requirement.files.map((file) => (
                <HandedInFile key={file.id} requirement={requirement} file={file} />
              ))}
            </ul>
          ) : null}
          {requirement.report ? <Markdown source={requirement.report.text} /> : null}
        </div>
      ))}
    </>
  );
}

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
      <ApprovalWarnings warnings={view.approvalWarnings} />
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
      <HandedIn requirements={view.deliverables.requirements} />
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
        <ApprovalWarnings warnings={view.approvalWarnings} />
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
