import { useState } from "react";
import type { ChecklistItemView } from "#domains/assignments/deliverables/contract";
import { useTickChecklistItem } from "./deliverables-queries";

interface ChecklistItemProps {
  assignmentId: string;
  item: ChecklistItemView;
  canTick: boolean;
}

/**
 * A task the worker ticks. The tick shows in the same event as the click (local state: the query's own state only
 * arrives a task later, and React puts a controlled box back in between) and stays while the server answers; then
 * the item is as the server has it, which also follows changes made elsewhere (ticks cleared when a worker is
 * released). A refusal puts the box back and says why.
 */
export function ChecklistItem({ assignmentId, item, canTick }: ChecklistItemProps) {
  const tick = useTickChecklistItem(assignmentId, item.id);
  const [wanted, setWanted] = useState<boolean | null>(null);
  const done = wanted ?? item.done;
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={done}
        disabled={!canTick}
        onChange={(event) => {
          const checked = event.target.checked;
          setWanted(checked);
          tick.mutate({ done: checked }, { onSettled: () => setWanted(null) });
        }}
      />
      {item.text}
      {item.required ? null : <span className="muted small"> (optional)</span>}
      {tick.isError ? (
        <span className="field__error" role="alert">
          {" "}
          Not saved: {tick.error.message}
        </span>
      ) : null}
    </label>
  );
}
