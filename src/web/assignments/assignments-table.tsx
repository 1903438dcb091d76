import { Link } from "react-router";
import type { AssignmentSummary } from "#domains/assignments/views";
import { Button } from "../ui/button";
import { DateTime } from "../ui/date-time";
import { Money } from "../ui/money";
import { AssignmentStatusBadges } from "./assignment-status";
import { placeText } from "./assignment-text";

interface AssignmentsTableProps {
  items: AssignmentSummary[];
  onPickWorker: (worker: { id: string; name: string }) => void;
}

/** One row per assignment; a worker's name narrows the list to that worker. */
export function AssignmentsTable({ items, onPickWorker }: AssignmentsTableProps) {
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">Assignments, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Title</th>
            <th scope="col">Status</th>
            <th scope="col">Where</th>
            <th scope="col">Starts</th>
            <th scope="col">Worker</th>
            <th scope="col">Amount</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id}>
              <td>
                <Link to={`/assignments/${item.id}`}>{item.title}</Link>
              </td>
              <td>
                <AssignmentStatusBadges status={item.status} labels={item.labels} />
              </td>
              <td>{placeText(item.locationType, item.city)}</td>
              <td>
                <DateTime value={item.schedule?.startsAt} fallback="Not scheduled" />
              </td>
              <td>
                {item.assignedWorker ? (
                  <Button
                    size="small"
                    variant="ghost"
                    onClick={() => item.assignedWorker && onPickWorker(item.assignedWorker)}
                  >
                    {item.assignedWorker.name}
                    <span className="visually-hidden">: show only this worker's assignments</span>
                  </Button>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td>
                {/* Issue 9: the approved claim once known, the ceiling before (said so, so the two never blur). */}
                {item.approvedAmount ? (
                  <>
                    <Money value={item.approvedAmount} /> <span className="muted">approved</span>
                  </>
                ) : (
                  <>
                    <span className="muted">up to</span> <Money value={item.maximumSpend} />
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
