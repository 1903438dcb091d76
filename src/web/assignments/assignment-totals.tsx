import type { AssignmentList } from "#domains/assignments/views";
import { formatMoney } from "#shared/money";
import { Button } from "../ui/button";
import { statusText } from "./assignment-text";

interface AssignmentTotalsProps {
  totals: AssignmentList["totals"];
  /** The status filter now applied ("" for all). */
  status: string;
  onPick: (status: string) => void;
}

/**
 * Counts and the money figure per status over the other filters (approved amounts for approved and paid, ceilings
 * for the rest); picking one filters the list to it.
 */
export function AssignmentTotals({ totals, status, onPick }: AssignmentTotalsProps) {
  const count = totals.reduce((sum, total) => sum + total.count, 0);
  return (
    <ul className="inline-list" aria-label="Totals by status">
      <li>
        <Button
          size="small"
          variant={status === "" ? "primary" : "secondary"}
          aria-pressed={status === ""}
          onClick={() => onPick("")}
        >
          All: {count}
        </Button>
      </li>
      {totals.map((total) => (
        <li key={`${total.status}-${total.maximumSpend.currency}`}>
          <Button
            size="small"
            variant={status === total.status ? "primary" : "secondary"}
            aria-pressed={status === total.status}
            onClick={() => onPick(total.status)}
          >
            {statusText[total.status].label}: {total.count} · {formatMoney(total.amount)}
          </Button>
        </li>
      ))}
    </ul>
  );
}
