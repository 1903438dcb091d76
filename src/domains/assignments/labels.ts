/**
 * Labels shown beside the status (issue 3, Lifecycle; WorkMarket's "exceptions" view filters on them). They are
 * computed, never stored, so they cannot go stale; list-steps.ts states the same rules in SQL for filtering, and
 * a test holds the two together.
 */
import type { AssignmentLabel, AssignmentStatus } from "./contract";

/** Labels for the company's eyes only: a worker's view of the assignment never carries them. */
export const companyOnlyLabels: readonly AssignmentLabel[] = ["question_open"];
/** Where the company may still answer a question (messages' answer rule): an open question counts only here. */
export const answerableStatuses = [
  "sent",
  "assigned",
  "in_progress",
  "submitted",
  "approved",
  "invoiced",
  "paid",
] as const;

export interface LabelInput {
  status: AssignmentStatus;
  confirmationHours: number;
  confirmedAt: Date | null;
  scheduleType: "fixed" | "window" | null;
  startsAt: Date | null;
  endsAt: Date | null;
  deadline: Date | null;
  holdReason: string | null;
  /** Budget, reschedule, expense or bonus requests awaiting an answer (requests sub-area). */
  openRequestCount: number;
  /** The earliest due time of a deliverable not yet handed in (deliverables sub-area); the deadline otherwise. */
  deliverablesDueAt: Date | null;
  /** Invited workers' questions the company has not answered (kept by the messages domain). */
  openQuestionCount: number;
  now: Date;
}

const live = (status: AssignmentStatus) => status === "assigned" || status === "in_progress";

/** When the worker is expected on site: the start, or the end of an arrival window. */
export function arriveBy(input: Pick<LabelInput, "scheduleType" | "startsAt" | "endsAt">): Date | null {
  return input.scheduleType === "window" ? input.endsAt : input.startsAt;
}

/** When the worker is asked to have confirmed: N hours before the start. */
export function confirmBy(input: Pick<LabelInput, "startsAt" | "confirmationHours">): Date | null {
  if (!input.startsAt || input.confirmationHours === 0) {
    return null;
  }
  return new Date(input.startsAt.getTime() - input.confirmationHours * 3_600_000);
}

// biome-ignore format: one label per line.
const rules: Record<AssignmentLabel, (a: LabelInput) => boolean> = {
  not_confirmed: (a) => { const by = confirmBy(a); return a.status === "assigned" && !a.confirmedAt && by !== null && a.now >= by; },
  late: (a) => { const by = arriveBy(a); return a.status === "assigned" && by !== null && a.now > by; },
  on_hold: (a) => live(a.status) && a.holdReason !== null,
  request_pending: (a) => (live(a.status) || a.status === "submitted") && a.openRequestCount > 0,
  deliverable_late: (a) => { const due = a.deliverablesDueAt ?? a.deadline; return live(a.status) && due !== null && a.now > due; },
  question_open: (a) => (answerableStatuses as readonly string[]).includes(a.status) && a.openQuestionCount > 0,
};

export function labelsOf(input: LabelInput): AssignmentLabel[] {
  return (Object.keys(rules) as AssignmentLabel[]).filter((label) => rules[label](input));
}
