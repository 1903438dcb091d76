import { type KeyboardEvent, useId, useState } from "react";
import type { ControlProps } from "./field";

interface TagInputProps {
  control: ControlProps;
  value: readonly string[];
  onChange: (tags: string[]) => void;
  onBlur?: () => void;
  /** What one tag is called in announcements: "skill" → "Remove skill Plumbing". */
  noun: string;
  maxItems: number;
  maxLength?: number;
  suggestions?: readonly string[];
}

/** A list of short labels: type and press Enter or comma to add; each tag has its own remove button. */
export function TagInput({
  control,
  value,
  onChange,
  onBlur,
  noun,
  maxItems,
  maxLength = 60,
  suggestions = [],
}: TagInputProps) {
  const [draft, setDraft] = useState("");
  const listId = useId();
  const isFull = value.length >= maxItems;

  const add = (text: string) => {
    const tag = text.trim().replace(/\s+/g, " ").slice(0, maxLength);
    if (tag && !isFull && !value.some((existing) => existing.toLowerCase() === tag.toLowerCase())) {
      onChange([...value, tag]);
    }
    setDraft("");
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      add(draft);
    } else if (event.key === "Backspace" && draft === "" && value.length > 0) {
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="tag-input">
      {value.length > 0 ? (
        <ul className="tag-input__tags" aria-label={`Chosen ${noun}s`}>
          {value.map((tag) => (
            <li key={tag} className="tag">
              {tag}
              <button
                type="button"
                className="tag__remove"
                onClick={() => onChange(value.filter((t) => t !== tag))}
                aria-label={`Remove ${noun} ${tag}`}
              >
                <span aria-hidden="true">×</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <input
        {...control}
        className="input"
        value={draft}
        maxLength={maxLength}
        disabled={isFull}
        placeholder={isFull ? `At most ${maxItems} ${noun}s` : `Add a ${noun} and press Enter`}
        onChange={(event) => {
          const text = event.target.value;
          if (text.endsWith(",")) {
            add(text.slice(0, -1));
          } else {
            setDraft(text);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => {
          add(draft);
          onBlur?.();
        }}
        list={suggestions.length > 0 ? listId : undefined}
        autoComplete="off"
      />
      {suggestions.length > 0 ? (
        <datalist id={listId}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
      <p className="tag-input__count" aria-live="polite">
        {value.length} of {maxItems} {noun}s
      </p>
    </div>
  );
}
