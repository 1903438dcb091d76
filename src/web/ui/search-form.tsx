import { type FormEvent, useState } from "react";
import { Button } from "./button";
import { Field } from "./field";
import { TextInput } from "./text-input";

interface SearchFormProps {
  /** Names the form, e.g. "Search users". */
  label: string;
  fieldLabel: string;
  /** The trimmed text, when the form is submitted (typing alone searches nothing). */
  onSearch(query: string): void;
}

/** A search box with its button, for staff look-ups: the draft is the form's own until it is submitted. */
export function SearchForm({ label, fieldLabel, onSearch }: SearchFormProps) {
  const [draft, setDraft] = useState("");
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(draft.trim());
  };
  return (
    <form className="search-form" onSubmit={submit} aria-label={label}>
      <Field label={fieldLabel} isOptional>
        {(control) => <TextInput {...control} type="search" value={draft} onChange={(e) => setDraft(e.target.value)} />}
      </Field>
      <Button type="submit" variant="primary">
        Search
      </Button>
    </form>
  );
}
