import type { AssignmentLabel, AssignmentStatus } from "#domains/assignments/contract";
import { StatusBadge } from "../ui/status-badge";
import { labelText, statusText } from "./assignment-text";

/** The status and the exception labels beside it, each in words. */
export function AssignmentStatusBadges({ status, labels }: { status: AssignmentStatus; labels: AssignmentLabel[] }) {
  return (
    <span className="inline-list">
      <StatusBadge status={status} label={statusText[status].label} tone={statusText[status].tone} />
      {labels.map((label) => (
        <StatusBadge key={label} status={label} label={labelText[label].label} tone={labelText[label].tone} />
      ))}
    </span>
  );
}
