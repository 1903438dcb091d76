import type { ChecklistItemView } from "#domains/assignments/deliverables/contract";
import { useTickChecklistItem } from "./deliverables-queries";

interface ChecklistItemProps {
  assignmentId: string;
  item: ChecklistItemView;
  canTick: boolean;
}

/**
 * A task the worker ticks: shown ticked at once while the server answers, then as the server has it (which also
 * follows changes made elsewhere, e.g. ticks cleared when a worker is released).
 */
export function ChecklistItem({ assignmentId, item, canTick }: ChecklistItemProps) {
  const tick = useTickChecklistItem(assignmentId);
  const done = tick.isPending ? tick.variables.done : item.done;
  return (
    <label className="checkbox">
      <input
        type="checkbox"
        checked={done}
        disabled={!canTick}
        onChange={(event) => {
          tick.mutate({ itemId: item.id, done: event.target.checked });
        }}
      />
      {item.text}
      {item.required ? null : <span className="muted small"> (optional)</span>}
      {tick.isError ? <span className="field__error"> {tick.error.message}</span> : null}
    </label>
  );
}
