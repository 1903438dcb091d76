/**
 * What a client should look at before approving (issue 9): a claim above the time logged, work handed in without
 * any deliverable, a check-in far ahead of the start. Pure: computed from the view's own parts, so the API and the
 * web show the same sentences, and nothing is stored that could disagree with the time log.
 */
import type { DeliverablesView } from "./deliverables/contract";
import type { ApprovalWarning, TimeLogView } from "./views";

/** A check-in more than this long before the scheduled start is labelled early (CHECK_IN_EARLY_MINUTES). */
export function earlyCheckInWindowMs(env: NodeJS.ProcessEnv = process.env): number {
  const minutes = Number(env.CHECK_IN_EARLY_MINUTES ?? 120);
  return (Number.isFinite(minutes) && minutes >= 0 ? minutes : 120) * 60_000;
}

/** Minutes a claim may exceed the time log before it is pointed out (rounding, a forgotten check-out of minutes). */
const CLAIM_SLACK_MINUTES = 15;

export const duration = (minutes: number) =>
  `${Math.floor(minutes / 60)} h ${String(Math.round(minutes % 60)).padStart(2, "0")} min`;

/** Whether a check-in came more than the window before the scheduled start. */
export function isEarly(checkedInAt: Date, startsAt: Date | null, windowMs = earlyCheckInWindowMs()): boolean {
  return startsAt !== null && startsAt.getTime() - checkedInAt.getTime() > windowMs;
}

function handedInAnything(deliverables: DeliverablesView): boolean {
  return (
    deliverables.requirements.some((r) => r.files.length > 0 || r.report !== null) ||
    deliverables.checklist.some((item) => item.done) ||
    deliverables.fields.some((field) => field.value !== null)
  );
}

function earlyText(ms: number): string {
  const hours = Math.round(ms / 3_600_000);
  return hours >= 48 ? `${Math.round(hours / 24)} days` : hours >= 1 ? `${hours} h` : `${Math.round(ms / 60_000)} min`;
}

export function approvalWarnings(input: {
  claimedHours: number | null;
  startsAt: Date | null;
  timeLogs: TimeLogView[];
  deliverables: DeliverablesView;
}): ApprovalWarning[] {
  const warnings: ApprovalWarning[] = [];
  const logged = input.timeLogs.reduce((sum, log) => sum + (log.minutes ?? 0), 0);
  if (input.claimedHours !== null && input.claimedHours * 60 > logged + CLAIM_SLACK_MINUTES) {
    warnings.push({
      code: "claim_exceeds_logged_time",
      message: `${input.claimedHours} h claimed against ${duration(logged)} logged by check-in and check-out.`,
    });
  }
  if (input.deliverables.missing.length > 0) {
    const labels = input.deliverables.missing.map((m) => m.label).join(", ");
    warnings.push({ code: "deliverables_missing", message: `Deliverables still missing: ${labels}.` });
  } else if (!handedInAnything(input.deliverables)) {
    warnings.push({
      code: "no_deliverables",
      message: "Nothing was handed in: no photos, files, reports or checklist.",
    });
  }
  const first = input.timeLogs[0];
  if (first && input.startsAt && isEarly(new Date(first.checkedInAt), input.startsAt)) {
    const ahead = input.startsAt.getTime() - new Date(first.checkedInAt).getTime();
    warnings.push({
      code: "early_check_in",
      message: `The worker checked in ${earlyText(ahead)} before the scheduled start.`,
    });
  }
  return warnings;
}
