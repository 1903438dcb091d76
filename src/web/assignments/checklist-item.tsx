import { useState } from "react";
import type { ChecklistItemView } from "#domains/assignments/deliverables/contract";
import { useTickChecklistItem } from "./deliverables-queries";

interface ChecklistItemProps {
  assignmentId: string;
  item: ChecklistItemView;
  canTick: boolean;
}

/** A task the worker ticks: shown ticked at once, and unticked again if the server refuses. */
export function ChecklistItem({ assignmentId, item, canTick }: ChecklistItemProps) {
  const tick = useTickChecklistItem(assignmentId);
  const [done, setDone] = useState(item.done);
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={done}
        disabled={!canTick}
        onChange={(event) => {
          const next = event.target.checked;
          setDone(next);
          tick.mutate({ itemId: item.id, done: next }, { onError: () => setDone(!next) });
        }}
      />
      {item.text}
      {item.required ? null : <span className="muted small"> (optional)</span>}
      {tick.isError ? <span className="field__error"> {tick.error.message}</span> : null}
    </label>
  );
}
