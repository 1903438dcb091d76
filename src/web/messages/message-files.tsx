import { useId } from "react";
import type { MessageFileView } from "#domains/messages/views";
import { acceptAttribute, everyType, fileTypeLabel, formatFileSize, MAX_FILE_BYTES } from "#shared/files";
import { Button } from "../ui/button";

/** A message's files: each a plain download link (same session); the server serves them only to the message's readers. */
export function MessageFiles({ files }: { files: MessageFileView[] }) {
  if (files.length === 0) {
    return null;
  }
  return (
    <ul className="inline-list small" aria-label="Files">
      {files.map((file) => (
        <li key={file.id}>
          <a href={file.url} download={file.fileName}>
            {file.fileName}
          </a>{" "}
          <span className="muted">
            ({fileTypeLabel(file.contentType)}, {formatFileSize(file.size)})
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Up to 10 files to send with the next message (sent one by one once the message is posted). */
export function FilePicker({ files, onChange }: { files: File[]; onChange: (files: File[]) => void }) {
  const id = useId();
  const tooBig = files.filter((file) => file.size > MAX_FILE_BYTES);
  return (
    <div className="stack">
      <label htmlFor={`${id}-files`} className="small">
        Attach files (up to 10, {formatFileSize(MAX_FILE_BYTES)} each)
      </label>
      <input
        id={`${id}-files`}
        type="file"
        multiple
        accept={acceptAttribute(everyType)}
        onChange={(event) => {
          onChange([...files, ...Array.from(event.target.files ?? [])].slice(0, 10));
          event.target.value = "";
        }}
      />
      {files.length > 0 ? (
        <ul className="inline-list small" aria-label="Files to send">
          {files.map((file) => (
            <li key={`${file.name}-${file.size}-${file.lastModified}`}>
              {file.name} ({formatFileSize(file.size)}){" "}
              <Button
                size="small"
                variant="ghost"
                onClick={() => onChange(files.filter((other) => other !== file))}
                aria-label={`Remove ${file.name}`}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {tooBig.length > 0 ? (
        <p className="small" role="alert">
          Too large to send: {tooBig.map((file) => file.name).join(", ")}.
        </p>
      ) : null}
    </div>
  );
}
