import { type DragEvent, useState } from "react";
import { type AllowedType, acceptAttribute, formatFileSize, limitsText, MAX_FILE_BYTES } from "#shared/files";
import { Field } from "../ui/field";
import { problemSummary } from "../ui/form";
import { FormProblem } from "../ui/form-problem";

interface FileDropZoneProps {
  label: string;
  /** The types the server takes here: stated in the hint and used to filter the picker. */
  types: readonly AllowedType[];
  /** Sends one file (the routes take one file per request). */
  upload: (file: File) => Promise<unknown>;
  onUploaded?: (file: File) => void;
}

/**
 * Sends files one after the other and stops at the first refusal, keeping the server's reason ("This file type is not
 * accepted here; …") next to the file's name. A file over the size limit is refused before its bytes are sent: the
 * same limit the server applies, read from src/shared/files.ts.
 */
function useUploadQueue({ upload, onUploaded }: Pick<FileDropZoneProps, "upload" | "onUploaded">) {
  const [problem, setProblem] = useState<string | null>(null);
  const [current, setCurrent] = useState<string | null>(null);
  const send = async (files: File[]) => {
    setProblem(null);
    for (const file of files) {
      if (file.size > MAX_FILE_BYTES) {
        setProblem(
          `${file.name} is ${formatFileSize(file.size)}; a file may be at most ${formatFileSize(MAX_FILE_BYTES)}.`,
        );
        break;
      }
      setCurrent(file.name);
      try {
        await upload(file);
        onUploaded?.(file);
      } catch (failure) {
        setProblem(`${file.name}: ${problemSummary(failure, false)}`);
        break;
      }
    }
    setCurrent(null);
  };
  return { problem, current, send };
}

/**
 * A file picker that also takes files dropped on it; used for the client's attachments and the worker's deliverables.
 * The picker is the way in for keyboards and screen readers; the drop area around it is a mouse shortcut. A dropped
 * file is not filtered by type here: the server decides by its bytes and its refusal is shown.
 */
export function FileDropZone({ label, types, upload, onUploaded }: FileDropZoneProps) {
  const queue = useUploadQueue({ upload, onUploaded });
  const [isOver, setIsOver] = useState(false);
  const isBusy = queue.current !== null;
  const over = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.dataTransfer.dropEffect = isBusy ? "none" : "copy";
    setIsOver(!isBusy);
  };
  const leave = (event: DragEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) {
      setIsOver(false);
    }
  };
  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setIsOver(false);
    const files = [...event.dataTransfer.files];
    if (!isBusy && files.length > 0) {
      void queue.send(files);
    }
  };
  return (
    <>
      <FormProblem message={queue.problem} />
      {/* biome-ignore lint/a11y/noStaticElementInteractions: dropping is a mouse shortcut; the file input inside is the way in for everyone. */}
      <div
        data-testid="file-drop-zone"
        onDragOver={over}
        onDragLeave={leave}
        onDrop={drop}
        style={{
          border: `2px dashed var(${isOver ? "--color-primary" : "--color-border-strong"})`,
          borderRadius: "var(--radius)",
          padding: "var(--space-3) var(--space-4)",
          marginBottom: "var(--space-3)",
          background: isOver ? "var(--color-primary-soft)" : "var(--color-surface-muted)",
        }}
      >
        <Field label={label} hint={limitsText(types)}>
          {(control) => (
            <input
              {...control}
              type="file"
              multiple
              accept={acceptAttribute(types)}
              className="input"
              disabled={isBusy}
              onChange={(event) => {
                const files = [...(event.target.files ?? [])];
                event.target.value = "";
                if (files.length > 0) {
                  void queue.send(files);
                }
              }}
            />
          )}
        </Field>
        <p className="muted small" style={{ margin: 0 }} role="status">
          {queue.current ? `Uploading ${queue.current}…` : <span aria-hidden="true">Or drop files here.</span>}
        </p>
      </div>
    </>
  );
}
