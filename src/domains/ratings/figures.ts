/**
 * What each scorecard figure means, in one sentence, and how its value comes from its kept sums: pure, no I/O.
 * Every figure is kept as a count of contributions and a total of their values; a share is total/count, an
 * average total/count, a tally the count. Red marks follow the seed's thresholds, on the last 90 days.
 */
import type { CompanyFigure, FigureKey, ScorecardSubject, WorkerFigure } from "./contract";

export type Kind = "share" | "average" | "tally";
export interface FigureSpec {
  label: string;
  kind: Kind;
  unit: "share" | "days" | "count" | "hours";
  definition: string;
  /** True when the value crosses the seed's threshold. */
  red?: (value: number) => boolean;
  /** What a client can do about it, for the client home. */
  advice?: string;
  /** Not kept by this domain (yet): the value is null and `note` says why. */
  note?: string;
}

const responseTime: FigureSpec = {
  label: "Median response time",
  kind: "average",
  unit: "hours",
  definition:
    "Median hours from a question or message of the other side to the first answer, over the answers given in the window.",
};

export const companySpecs: Record<CompanyFigure, FigureSpec> = {
  approvalDays: {
    label: "Average days to approve",
    kind: "average",
    unit: "days",
    definition: "Average days from a worker's submission to its approval, over the assignments approved in the window.",
    red: (v) => v >= 3,
    advice: "Approve submitted work within 3 days; the drill-down lists the slow approvals.",
  },
  approvedBeforeDeadline: {
    label: "Approved before auto-approval",
    kind: "share",
    unit: "share",
    definition: "Share of approvals made by a person before the auto-approval deadline approved the work instead.",
  },
  paidOnTime: {
    label: "Invoices paid on time",
    kind: "share",
    unit: "share",
    definition: "Share of invoices paid in the window that were paid by their due date.",
  },
  daysLate: {
    label: "Average days late",
    kind: "average",
    unit: "days",
    definition: "Average days past the due date over the invoices paid in the window (0 for one paid on time).",
    red: (v) => v >= 1,
    advice: "Keep funds available so invoices are paid by their due date; auto-pay pays on the due date.",
  },
  pastDueNow: {
    label: "Invoices past due now",
    kind: "tally",
    unit: "count",
    definition: "Open invoices whose due date has passed, right now (the window does not apply).",
    advice: "Pay the invoices past their due date.",
  },
  satisfaction: {
    label: "Worker satisfaction",
    kind: "share",
    unit: "share",
    definition: "Share of workers' published overall ratings of the company that are excellent or satisfied.",
    red: (v) => v < 0.75,
    advice: "Read the unsatisfied reviews in the drill-down and reply to them.",
  },
  cancellations: {
    label: "Cancellations after assignment",
    kind: "tally",
    unit: "count",
    definition: "Assignments the company cancelled after a worker had been assigned.",
  },
  lateCancellations: {
    label: "Cancelled under 24 hours",
    kind: "tally",
    unit: "count",
    definition: "Cancellations after assignment with less than 24 hours' notice before the start.",
  },
  lateCancellationFeesPaid: {
    label: "Late cancellations with the fee paid",
    kind: "tally",
    unit: "count",
    definition: "Cancellations under 24 hours' notice for which the company chose to pay the worker the fee.",
  },
  responseTime,
};

export const workerSpecs: Record<WorkerFigure, FigureSpec> = {
  satisfaction: {
    label: "Client satisfaction",
    kind: "share",
    unit: "share",
    definition: "Share of companies' published overall ratings of the worker that are excellent or satisfied.",
  },
  quality: {
    label: "Quality",
    kind: "share",
    unit: "share",
    definition: "Share of published quality ratings that are excellent or satisfied.",
  },
  professionalism: {
    label: "Professionalism",
    kind: "share",
    unit: "share",
    definition: "Share of published professionalism ratings that are excellent or satisfied.",
  },
  communication: {
    label: "Communication",
    kind: "share",
    unit: "share",
    definition: "Share of published communication ratings that are excellent or satisfied.",
  },
  onTimeArrival: {
    label: "On-time arrival",
    kind: "share",
    unit: "share",
    definition: "Share of first check-ins (on assignments with a start time) made by the start time.",
  },
  deliverablesOnTime: {
    label: "Deliverables on time",
    kind: "share",
    unit: "share",
    definition: "Share of first submissions (on assignments with a due date or deadline) made by that date.",
  },
  completed: {
    label: "Completed assignments",
    kind: "tally",
    unit: "count",
    definition: "Assignments of the worker approved in the window.",
  },
  abandons: {
    label: "Abandoned (cancelled by the worker)",
    kind: "tally",
    unit: "count",
    definition: "Assignments the worker gave up after taking them: the only way a worker cancels.",
  },
  noShows: {
    label: "No-shows",
    kind: "tally",
    unit: "count",
    definition: "Assignments where the company recorded that the worker did not show up.",
  },
  responseTime,
};

export const specOf = (subject: ScorecardSubject, figure: FigureKey): FigureSpec =>
  subject === "company" ? companySpecs[figure as CompanyFigure] : workerSpecs[figure as WorkerFigure];

/** The figure's value from its kept sums; null with no contributions (nothing to average), except tallies. */
export function figureValue(spec: FigureSpec, count: number, total: number): number | null {
  if (spec.note) {
    return null;
  }
  if (spec.kind === "tally") {
    return count;
  }
  if (count === 0) {
    return null;
  }
  const raw = total / count;
  return spec.kind === "share" ? Math.round(raw * 10_000) / 10_000 : Math.round(raw * 100) / 100;
}

export const isRed = (spec: FigureSpec, value: number | null) => value !== null && (spec.red?.(value) ?? false);

export const DAY_MS = 86_400_000;
/** Windows count whole UTC days: the last 90 days are today and the 89 before it. */
export const WINDOW_DAYS = 90;
export const utcDay = (at: Date) => at.toISOString().slice(0, 10);
/** The first day of the UTC month, as a date string (the monthly sums' key). */
export const utcMonth = (at: Date) => `${at.toISOString().slice(0, 7)}-01`;
/** The monthly charts show this month and the 11 before it. */
export const CHART_MONTHS = 12;
/** The first days of the last `CHART_MONTHS` UTC months, oldest first. */
export function lastMonths(now: Date): string[] {
  const year = now.getUTCFullYear();
  const month = now.getUTCMonth();
  return Array.from({ length: CHART_MONTHS }, (_, i) =>
    utcMonth(new Date(Date.UTC(year, month - (CHART_MONTHS - 1) + i, 1))),
  );
}
export const windowStart = (now: Date) => utcDay(new Date(now.getTime() - (WINDOW_DAYS - 1) * DAY_MS));

export interface FigureView {
  key: FigureKey;
  label: string;
  value: number | null;
  unit: FigureSpec["unit"];
  count: number;
  window: "last90Days" | "allTime" | "now";
  definition: string;
  red: boolean;
  note: string | null;
  drillDown: string;
}

type SumsOf = Map<string, { count: number; total: number }>;

/** The path of a figure's drill-down in the API. */
export const drillDownPath = (subject: ScorecardSubject, id: string, figure: FigureKey, window: string) =>
  `/api/v1/${subject === "company" ? "companies" : "workers"}/${id}/scorecard/${figure}?window=${window}`;

/** A figure not kept in this domain's sums: invoices past due now, response times from the messages domain. */
export interface LiveFigure {
  count: number;
  value: number | null;
  /** A state of right now rather than of the window. */
  now?: boolean;
}
export type LiveFigures = Partial<Record<FigureKey, LiveFigure>>;

/** One figure of one window, from its kept sums or, for the live ones, from what was read for it. */
export function figureView(
  subject: ScorecardSubject,
  id: string,
  figure: FigureKey,
  window: "last90Days" | "allTime",
  sums: SumsOf,
  live: LiveFigures,
): FigureView {
  const spec = specOf(subject, figure);
  const given = live[figure];
  const kept = sums.get(figure) ?? { count: 0, total: 0 };
  const value = given ? given.value : figureValue(spec, kept.count, kept.total);
  return {
    key: figure,
    label: spec.label,
    value,
    unit: spec.unit,
    count: given ? given.count : spec.note ? 0 : kept.count,
    window: given?.now ? "now" : window,
    definition: spec.definition,
    red: window === "last90Days" && isRed(spec, value),
    note: given ? null : (spec.note ?? null),
    drillDown: drillDownPath(subject, id, figure, window),
  };
}
