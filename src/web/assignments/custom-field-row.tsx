import { useState } from "react";
import type { CustomFieldView, FieldValue } from "#domains/assignments/deliverables/contract";
import { DateTime } from "../ui/date-time";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { useFillCustomField } from "./deliverables-queries";

const inputTypes = { text: "text", number: "number", date: "date" } as const;

function parse(field: CustomFieldView, text: string): FieldValue {
  if (text.trim() === "") {
    return null;
  }
  return field.type === "number" ? Number(text) : text;
}

/** One custom field: filled by whoever the company named (the server says `canFill`), saved when left. */
export function CustomFieldRow({ assignmentId, field }: { assignmentId: string; field: CustomFieldView }) {
  const fill = useFillCustomField(assignmentId);
  const [text, setText] = useState(field.value === null ? "" : String(field.value));
  const save = (next: string) => {
    const value = parse(field, next);
    if (value !== field.value) {
      fill.mutate({ fieldId: field.id, value });
    }
  };
  const error = fill.error instanceof Error ? fill.error.message : undefined;
  const filler = field.filledBy === "worker" ? "the worker" : "the client";

  if (!field.canFill) {
    return (
      <div>
        <dt>{field.label}</dt>
        <dd>
          {field.value === null ? <span className="muted">Not filled in yet (by {filler})</span> : String(field.value)}
          {field.filledAt ? (
            <span className="muted small">
              {" "}
              · <DateTime value={field.filledAt} />
            </span>
          ) : null}
        </dd>
      </div>
    );
  }
  return (
    <Field label={field.label} isOptional={!field.required} error={error} hint={`Filled in by ${filler}.`}>
      {(control) =>
        field.type === "choice" ? (
          <Select
            {...control}
            options={field.choices.map((choice) => ({ value: choice, label: choice }))}
            placeholder="Choose…"
            value={text}
            onChange={(event) => {
              setText(event.target.value);
              save(event.target.value);
            }}
          />
        ) : (
          <TextInput
            {...control}
            type={inputTypes[field.type]}
            className={field.type === "text" ? undefined : "input--short"}
            value={text}
            onChange={(event) => setText(event.target.value)}
            onBlur={() => save(text)}
          />
        )
      }
    </Field>
  );
}
