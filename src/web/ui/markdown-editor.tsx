import type { ReactNode } from "react";
import { Field } from "./field";
import { Markdown } from "./markdown";
import { TextArea } from "./text-area";

interface MarkdownEditorProps {
  label: string;
  hint?: ReactNode;
  error?: string;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  rows?: number;
}

/** A Markdown text area with a live, sanitised preview in a native disclosure (keyboard-usable as is). */
export function MarkdownEditor({ label, hint, error, value, onChange, onBlur, rows = 8 }: MarkdownEditorProps) {
  return (
    <div className="markdown-editor">
      <Field
        label={label}
        hint={hint ?? "Markdown: **bold**, *italic*, lists with “- ”, links as [text](https://…)."}
        isOptional
        error={error}
      >
        {(control) => (
          <TextArea
            {...control}
            rows={rows}
            value={value}
            onChange={(event) => onChange(event.target.value)}
            onBlur={onBlur}
          />
        )}
      </Field>
      <details className="markdown-editor__preview">
        <summary>Preview</summary>
        <div className="preview">
          {value.trim() ? <Markdown source={value} /> : <p className="muted">Nothing to preview yet.</p>}
        </div>
      </details>
    </div>
  );
}
