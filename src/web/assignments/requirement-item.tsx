import { useState } from "react";
import type { DeliverablesView, RequirementKind, RequirementView } from "#domains/assignments/deliverables/contract";
import { everyType, imageTypes } from "#shared/files";
import { Button } from "../ui/button";
import { ConfirmDialog } from "../ui/confirm-dialog";
import { DateTime } from "../ui/date-time";
import { Field } from "../ui/field";
import { FormProblem } from "../ui/form-problem";
import { Markdown } from "../ui/markdown";
import { SignaturePad } from "../ui/signature-pad";
import { StatusBadge } from "../ui/status-badge";
import { TextArea } from "../ui/text-area";
import { FileDropZone } from "./attachments-drop-zone";
import {
  useCaptureSignature,
  useRemoveDeliverableFile,
  useUploadDeliverableFile,
  useWriteReport,
} from "./deliverables-queries";
import { useDialogAction } from "./use-dialog-action";

const kindText: Record<RequirementKind, string> = {
  photo: "Photos",
  document: "Documents",
  signature: "Signature",
  report: "Written report",
};
/** What the server takes for each kind (uploadKindsFor): images for photos and signatures, any allowed type for documents. */
const typesFor = (kind: RequirementKind) => (kind === "document" ? everyType : imageTypes);

/** The hand-in control for one requirement, by kind: a file, a drawn or typed signature, or a written report. */
function HandIn({ assignmentId, requirement }: { assignmentId: string; requirement: RequirementView }) {
  const upload = useUploadDeliverableFile(assignmentId);
  const sign = useCaptureSignature(assignmentId);
  const write = useWriteReport(assignmentId);
  const [report, setReport] = useState(requirement.report?.text ?? "");
  const [signature, setSignature] = useState<string | null>(null);
  // A new key clears the pad once its signature is saved, so the saved drawing is not mistaken for a new one.
  const [padKey, setPadKey] = useState(0);
  const action = useDialogAction(() => {
    setSignature(null);
    setPadKey((key) => key + 1);
  });
  const requirementId = requirement.id;

  if (requirement.kind === "report") {
    return (
      <>
        <FormProblem message={action.problem} />
        <Field label={`Report: ${requirement.title}`}>
          {(control) => <TextArea {...control} rows={5} value={report} onChange={(e) => setReport(e.target.value)} />}
        </Field>
        <Button
          size="small"
          isBusy={action.isBusy}
          onClick={() => void action.run(() => write.mutateAsync({ requirementId, text: report }))}
        >
          Save report
        </Button>
      </>
    );
  }
  if (requirement.kind === "signature") {
    return (
      <>
        <FormProblem message={action.problem} />
        <SignaturePad key={padKey} label={requirement.title} onChange={setSignature} />
        <Button
          size="small"
          disabled={!signature}
          isBusy={action.isBusy}
          onClick={() =>
            signature &&
            void action.run(() => sign.mutateAsync({ requirementId, dataUrl: signature, signerName: null }))
          }
        >
          Save signature
        </Button>
      </>
    );
  }
  return (
    <FileDropZone
      label={`Add ${requirement.kind === "photo" ? "a photo" : "a document"}: ${requirement.title}`}
      types={typesFor(requirement.kind)}
      upload={(file) => upload.mutateAsync({ requirementId, file })}
    />
  );
}

interface RequirementItemProps {
  assignmentId: string;
  requirement: RequirementView;
  canHandIn: boolean;
}

/** One thing to hand in: what, how many, by when, what is in so far (files are links for those allowed). */
export function RequirementItem({ assignmentId, requirement, canHandIn }: RequirementItemProps) {
  const remove = useRemoveDeliverableFile(assignmentId);
  const [removing, setRemoving] = useState<RequirementView["files"][number] | null>(null);
  const action = useDialogAction(() => setRemoving(null));
  return (
    <li className="requirement">
      <p>
        <strong>{requirement.title}</strong> <span className="muted small">({kindText[requirement.kind]})</span>{" "}
        <StatusBadge
          status={requirement.complete ? "complete" : "missing"}
          tone={requirement.complete ? "success" : "warning"}
          label={`${requirement.handedIn} of ${requirement.requiredCount} handed in`}
        />
        {requirement.dueAt ? (
          <span className="muted small">
            {" "}
            · due <DateTime value={requirement.dueAt} />
          </span>
        ) : null}
      </p>
      {requirement.instructions ? <Markdown source={requirement.instructions} /> : null}
      {requirement.files.length > 0 ? (
        <ul className="inline-list" aria-label={`Files for ${requirement.title}`}>
          {requirement.files.map((file) => (
            <li key={file.id} className="tag tag--static">
              <a href={file.url} target="_blank" rel="noreferrer">
                {file.caption ?? file.fileName}
              </a>
              {canHandIn ? (
                <button
                  type="button"
                  className="tag__remove"
                  aria-label={`Remove ${file.fileName}`}
                  onClick={() => setRemoving(file)}
                >
                  <span aria-hidden="true">×</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      {requirement.report && !canHandIn ? <Markdown source={requirement.report.text} /> : null}
      {canHandIn ? <HandIn assignmentId={assignmentId} requirement={requirement} /> : null}
      <ConfirmDialog
        isOpen={removing !== null}
        title="Remove this file?"
        confirmLabel="Remove"
        isBusy={action.isBusy}
        onConfirm={() =>
          removing && void action.run(() => remove.mutateAsync({ requirementId: requirement.id, fileId: removing.id }))
        }
        onClose={() => {
          action.clear();
          setRemoving(null);
        }}
      >
        <FormProblem message={action.problem} />
        <p>
          {removing?.fileName} no longer counts towards “{requirement.title}”. The timeline keeps a record that it was
          removed.
        </p>
      </ConfirmDialog>
    </li>
  );
}

/** One earlier worker's file or report, with who handed it in and when they came off the assignment. */
function EarlierFile({ file }: { file: RequirementView["releasedFiles"][number] }) {
  return (
    <li>
      <a href={file.url} target="_blank" rel="noreferrer">
        {file.caption ?? file.fileName}
      </a>{" "}
      <span className="muted small">
        · handed in by {file.uploadedBy.name} on <DateTime value={file.uploadedAt} />
      </span>
    </li>
  );
}

function EarlierReport({ report }: { report: RequirementView["releasedReports"][number] }) {
  return (
    <li>
      <span className="muted small">
        Written by {report.writtenBy.name} on <DateTime value={report.writtenAt} />
      </span>
      <Markdown source={report.text} />
    </li>
  );
}

/**
 * What workers taken off the assignment (abandoned, no-show) had handed in, by deliverable: the company's record,
 * never shown to a worker and not counted towards what the current worker hands in. Empty for workers.
 */
export function EarlierWork({ view }: { view: DeliverablesView }) {
  const held = view.requirements.filter((r) => r.releasedFiles.length + r.releasedReports.length > 0);
  if (held.length === 0) {
    return null;
  }
  return (
    <section aria-labelledby="earlier-work-title">
      <h3 className="subheading" id="earlier-work-title">
        From earlier workers
      </h3>
      <p className="muted small">
        Handed in by workers who came off this assignment. Kept for your records; it does not count towards what the
        current worker hands in, and only your company can see it.
      </p>
      <ul className="link-list">
        {held.map((requirement) => (
          <li key={requirement.id} className="requirement">
            <strong>{requirement.title}</strong>
            <ul aria-label={`From earlier workers: ${requirement.title}`}>
              {requirement.releasedFiles.map((file) => (
                <EarlierFile key={file.id} file={file} />
              ))}
              {requirement.releasedReports.map((report) => (
                <EarlierReport key={report.id} report={report} />
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}
