import type { AssignmentView } from "#domains/assignments/views";
import { everyType } from "#shared/files";
import { isProblem } from "../api";
import { Loading } from "../ui/loading";
import { ProblemAlert } from "../ui/problem-alert";
import { Section } from "../ui/section";
import { useToast } from "../ui/toast";
import { FileDropZone } from "./attachments-drop-zone";
import { useAddAttachment, useAttachments } from "./attachments-queries";
import { AttachmentsTable } from "./attachments-table";

/**
 * The client's files for the work (drawings, a work order). The server's rules, mirrored: company members and the
 * assigned worker see them, an invited worker does not (404 until assigned); company managers attach and remove
 * them until the work is submitted (`canAttach`); any allowed type, one file per request.
 */
export function AttachmentsSection({ view }: { view: AssignmentView }) {
  const seesFiles = view.party !== "invitee";
  const attachments = useAttachments(view.id, seesFiles);
  const add = useAddAttachment(view.id);
  const notify = useToast();
  if (!seesFiles) {
    return null;
  }
  if (attachments.isPending) {
    return <Loading label="Loading the attachments…" />;
  }
  if (attachments.isError) {
    return isProblem(attachments.error, "not_found") ? null : <ProblemAlert error={attachments.error} />;
  }
  const { items, canAttach } = attachments.data;
  if (items.length === 0 && !canAttach) {
    return null;
  }
  return (
    <Section
      title="Attachments"
      description={
        view.party === "assignee"
          ? "Files from the client for this work."
          : "Files for the worker. Only your company and the assigned worker can download them."
      }
    >
      {canAttach ? (
        <FileDropZone
          label="Attach files"
          types={everyType}
          upload={(file) => add.mutateAsync(file)}
          onUploaded={(file) => notify(`${file.name} attached.`)}
        />
      ) : null}
      {items.length > 0 ? (
        <AttachmentsTable assignmentId={view.id} items={items} canRemove={canAttach} />
      ) : (
        <p className="muted">No files attached yet.</p>
      )}
    </Section>
  );
}
