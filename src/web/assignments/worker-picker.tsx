import { type KeyboardEvent, useState } from "react";
import { Button } from "../ui/button";
import { Field } from "../ui/field";
import { TextInput } from "../ui/text-input";
import { usePublicWorker } from "../workers/queries";

const uuid = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;

/** One chosen worker, named from their public profile so a mistyped id shows before sending. */
function ChosenWorker({ id, onRemove }: { id: string; onRemove: () => void }) {
  const worker = usePublicWorker(id);
  const name = worker.data?.name ?? (worker.isError ? "No worker has this id" : "Looking up…");
  const place = worker.data?.location ? ` · ${worker.data.location.city}` : "";
  return (
    <li className="tag">
      <span>
        {name}
        <span className="muted small">{place}</span>
      </span>
      <button type="button" className="tag__remove" onClick={onRemove} aria-label={`Remove ${worker.data?.name ?? id}`}>
        <span aria-hidden="true">×</span>
      </button>
    </li>
  );
}

interface WorkerPickerProps {
  value: string[];
  onChange: (ids: string[]) => void;
  error?: string;
}

/**
 * Workers named by id or by the link to their public page (…/workers/<id>), or chosen in the Matches section (which
 * opens the dialog with them named); each one is looked up and named before sending.
 */
export function WorkerPicker({ value, onChange, error }: WorkerPickerProps) {
  const [draft, setDraft] = useState("");
  const [hint, setHint] = useState<string | undefined>();
  const add = () => {
    const found = draft.match(new RegExp(uuid.source, "gi")) ?? [];
    if (found.length === 0) {
      setHint("Paste a worker's id or the link to their public page.");
      return;
    }
    const ids = found.map((id) => id.toLowerCase()).filter((id) => !value.includes(id));
    onChange([...value, ...new Set(ids)]);
    setDraft("");
    setHint(undefined);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter") {
      event.preventDefault();
      add();
    }
  };
  return (
    <div className="tag-input">
      {value.length > 0 ? (
        <ul className="tag-input__tags" aria-label="Chosen workers">
          {value.map((id) => (
            <ChosenWorker key={id} id={id} onRemove={() => onChange(value.filter((other) => other !== id))} />
          ))}
        </ul>
      ) : null}
      <Field
        label="Add workers"
        hint="A worker's id or public page link; several at once, separated by spaces."
        error={hint ?? error}
      >
        {(control) => (
          <span className="inline-list">
            <TextInput
              {...control}
              value={draft}
              onChange={(event) => setDraft(event.target.value)}
              onKeyDown={onKeyDown}
              autoComplete="off"
            />
            <Button size="small" onClick={add}>
              Add
            </Button>
          </span>
        )}
      </Field>
    </div>
  );
}
