import { type FormEvent, useState } from "react";
import { assignmentLabels, assignmentStatuses } from "#domains/assignments/contract";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { Select } from "../ui/select";
import { TextInput } from "../ui/text-input";
import { labelText, statusText } from "./assignment-text";

/** What the filter form edits; dates are calendar days in the viewer's zone, as typed. */
export interface FilterValues {
  status: string;
  label: string;
  from: string;
  to: string;
  q: string;
  workerId: string;
  workerName: string;
}

const statusOptions = assignmentStatuses.map((status) => ({ value: status, label: statusText[status].label }));
const labelOptions = assignmentLabels.map((label) => ({ value: label, label: labelText[label].label }));

interface AssignmentFiltersProps {
  values: FilterValues;
  onChange: (values: FilterValues) => void;
}

/** Status, exception label, dates of the start, worker and text: the client's ways to narrow the list. */
export function AssignmentFilters({ values, onChange }: AssignmentFiltersProps) {
  const [text, setText] = useState(values.q);
  const set = (patch: Partial<FilterValues>) => onChange({ ...values, ...patch });
  const search = (event: FormEvent) => {
    event.preventDefault();
    set({ q: text.trim() });
  };
  return (
    <form className="search-form" onSubmit={search} aria-label="Filter assignments">
      <Field label="Title or city" isOptional>
        {(control) => <TextInput {...control} type="search" value={text} onChange={(e) => setText(e.target.value)} />}
      </Field>
      <Field label="Status" isOptional>
        {(control) => (
          <Select
            {...control}
            options={statusOptions}
            placeholder="Any status"
            value={values.status}
            onChange={(e) => set({ status: e.target.value })}
          />
        )}
      </Field>
      <Field label="Exception" isOptional>
        {(control) => (
          <Select
            {...control}
            options={labelOptions}
            placeholder="Any"
            value={values.label}
            onChange={(e) => set({ label: e.target.value })}
          />
        )}
      </Field>
      <Field label="Starts on or after" isOptional>
        {(control) => (
          <TextInput {...control} type="date" value={values.from} onChange={(e) => set({ from: e.target.value })} />
        )}
      </Field>
      <Field label="Starts on or before" isOptional>
        {(control) => (
          <TextInput {...control} type="date" value={values.to} onChange={(e) => set({ to: e.target.value })} />
        )}
      </Field>
      <Button type="submit" variant="primary">
        Search
      </Button>
      {values.workerId ? (
        <p className="tag">
          Worker: {values.workerName || "chosen worker"}
          <button
            type="button"
            className="tag__remove"
            onClick={() => set({ workerId: "", workerName: "" })}
            aria-label="Remove the worker filter"
          >
            <span aria-hidden="true">×</span>
          </button>
        </p>
      ) : null}
    </form>
  );
}
