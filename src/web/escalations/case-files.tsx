import type { EscalationView } from "#domains/escalations/views";
import { fileTypeLabel, formatFileSize } from "#shared/files";
import { DateTime } from "../ui/date-time";
import { Section } from "../ui/section";
import { sideLabels } from "./labels";

/**
 * Every file of the case the caller may read (issue 15 item 1): name, type and size, who sent it and when. Plain
 * download links (same session); the server serves them only to the case's parties and the team.
 */
export function CaseFiles({ view }: { view: EscalationView }) {
  return (
    <Section title="Files">
      {view.files.length === 0 ? (
        <p className="muted">No files yet.</p>
      ) : (
        <ul className="stack" aria-label="Case files">
          {view.files.map((file) => (
            <li key={file.id}>
              <a href={file.url} download={file.fileName}>
                {file.fileName}
              </a>{" "}
              <span className="muted">
                ({fileTypeLabel(file.contentType)}, {formatFileSize(file.size)}) from {file.uploadedBy.name} (
                {sideLabels[file.uploadedBy.side]}), <DateTime value={file.uploadedAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </Section>
  );
}
