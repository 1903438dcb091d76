/**
 * When a party may escalate an assignment (seed guideline: "the escalate feature may only be utilized for assignments
 * that have occurred within the past 60 days"; issue 15 item 1: in progress, submitted, approved or invoiced, paid or
 * cancelled, no more than 60 days after the last status change). Kept here, beside the row it reads, so the
 * assignment view can show the closing date and the escalations domain (above this one) applies the same rule.
 */
import type { AssignmentStatus } from "./contract";

export const ESCALATION_WINDOW_DAYS = 60;
const DAY = 86_400_000;

/** Invoiced (approved, its invoice open) counts like approved: a party may still dispute the work or the amount. */
export const escalatableStatuses: readonly AssignmentStatus[] = [
  "in_progress",
  "submitted",
  "approved",
  "invoiced",
  "paid",
  "cancelled",
];

export interface WindowRow {
  status: AssignmentStatus;
  statusChangedAt: Date | null;
  updatedAt: Date;
}

/**
 * The last moment a case may be opened (60 days after the last status change), or null when the status allows none.
 * Rows written before the status clock existed count from their last update.
 */
export function escalationWindowClosesAt(row: WindowRow): Date | null {
  if (!escalatableStatuses.includes(row.status)) {
    return null;
  }
  const from = row.statusChangedAt ?? row.updatedAt;
  return new Date(from.getTime() + ESCALATION_WINDOW_DAYS * DAY);
}
