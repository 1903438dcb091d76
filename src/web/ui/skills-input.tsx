import { useEffect, useId, useRef, useState } from "react";
import type { Industry } from "#domains/companies/contract";
import { suggestedSkills } from "#domains/workers/contract";
import type { ControlProps } from "./field";
import { TagInput } from "./tag-input";

/** Chips shown before "Show more": about one industry's list, so three chosen industries do not bury the form. */
export const CHIPS_SHOWN = 10;

interface SkillsInputProps {
  control: ControlProps;
  value: readonly string[];
  onChange: (skills: string[]) => void;
  onBlur?: () => void;
  maxItems: number;
  /** The industries whose skills to suggest (general skills always come after them). */
  industries: readonly Industry[];
}

/** The suggestions not chosen yet, compared ignoring case as TagInput compares duplicates. */
export function openSuggestions(industries: readonly Industry[], chosen: readonly string[]): string[] {
  const taken = new Set(chosen.map((skill) => skill.toLowerCase()));
  return suggestedSkills(industries).filter((skill) => !taken.has(skill.toLowerCase()));
}

/**
 * Free-text skills with suggestions from the chosen industries: the input's datalist offers them while typing,
 * and a row of chips adds one with a click (or Enter/Space). Used by the worker profile and the assignment form.
 */
export function SkillsInput({ control, value, onChange, onBlur, maxItems, industries }: SkillsInputProps) {
  const headingId = useId();
  const listRef = useRef<HTMLUListElement>(null);
  const [isExpanded, setExpanded] = useState(false);
  // A clicked chip disappears; keyboard users keep their place on the chip that takes its slot.
  const [focusAt, setFocusAt] = useState<number | null>(null);
  const open = openSuggestions(industries, value);
  const shown = isExpanded ? open : open.slice(0, CHIPS_SHOWN);
  const isFull = value.length >= maxItems;

  useEffect(() => {
    if (focusAt === null) {
      return;
    }
    const chips = listRef.current?.querySelectorAll("button");
    const next = chips?.[Math.min(focusAt, chips.length - 1)] ?? document.getElementById(control.id);
    next?.focus();
    setFocusAt(null);
  }, [focusAt, control.id]);

  const add = (skill: string, index: number) => {
    onChange([...value, skill]);
    setFocusAt(index);
  };

  return (
    <div className="tag-input">
      <TagInput
        control={control}
        noun="skill"
        maxItems={maxItems}
        value={value}
        onChange={onChange}
        onBlur={onBlur}
        suggestions={open}
      />
      {shown.length > 0 && !isFull ? (
        <div className="tag-input">
          <p id={headingId} className="field__hint">
            Suggested skills
          </p>
          <ul ref={listRef} className="tag-input__tags" aria-labelledby={headingId}>
            {shown.map((skill, index) => (
              <li key={skill}>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  onClick={() => add(skill, index)}
                >
                  <span className="visually-hidden">Add skill </span>
                  <span aria-hidden="true">+ </span>
                  {skill}
                </button>
              </li>
            ))}
          </ul>
          {open.length > shown.length ? (
            <div>
              <button
                type="button"
                className="button button--ghost button--small"
                onClick={() => {
                  setExpanded(true);
                  setFocusAt(shown.length);
                }}
              >
                Show {open.length - shown.length} more suggestions
              </button>
            </div>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
