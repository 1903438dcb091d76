/**
 * Labels shown beside the status (issue 3, Lifecycle; WorkMarket's "exceptions" view filters on them). They are
 * computed, never stored, so they cannot go stale; list-steps.ts states the same rules in SQL for filtering, and
 * a test holds the two together. The provided labels are decided by a domain above (label-steps.ts).
 */
import type { AssignmentLabel, AssignmentStatus } from "./contract";

/** Labels whose rule a domain above provides (messages: a worker's question waits for the company's answer). */
export const providedLabels = ["question_open"] as const satisfies readonly AssignmentLabel[];
export type ProvidedLabel = (typeof providedLabels)[number];
type OwnLabel = Exclude<AssignmentLabel, ProvidedLabel>;

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
const rules: Record<OwnLabel, (a: LabelInput) => boolean> = {
  not_confirmed: (a) => { const by = confirmBy(a); return a.status === "assigned" && !a.confirmedAt && by !== null && a.now >= by; },
  late: (a) => { const by = arriveBy(a); return a.status === "assigned" && by !== null && a.now > by; },
  on_hold: (a) => live(a.status) && a.holdReason !== null,
  request_pending: (a) => (live(a.status) || a.status === "submitted") && a.openRequestCount > 0,
  deliverable_late: (a) => { const due = a.deliverablesDueAt ?? a.deadline; return live(a.status) && due !== null && a.now > due; },
};

/** The labels of a row: those computed here, then the provided ones that hold (`provided`, the company's only). */
export function labelsOf(input: LabelInput, provided: readonly ProvidedLabel[] = []): AssignmentLabel[] {
  const own = (Object.keys(rules) as OwnLabel[]).filter((label) => rules[label](input));
  return [...own, ...providedLabels.filter((label) => provided.includes(label))];
}
