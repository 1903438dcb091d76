/**
 * A scorecard as the API answers it, from what was read for it (pure): the single read (`GET …/{id}/scorecard`) and
 * the read of several workers at once (`GET /workers/scorecards`) build every figure here, so they cannot disagree.
 */
import { companyFigures, type ScorecardSubject, workerFigures } from "./contract";
import { figureValue, figureView, type LiveFigures, workerSpecs } from "./figures";
import type { Scorecard } from "./views";

type Sums = Map<string, { count: number; total: number }>;

/** A company's own history with a worker, from its per-figure sums (all time); the note-only figures left out. */
export function withCompanyView(rows: readonly { figure: string; count: number; total: number | null }[]) {
  const byFigure = new Map(rows.map((r) => [r.figure, r]));
  return workerFigures
    .filter((key) => !workerSpecs[key].note && key !== "responseTime")
    .map((key) => {
      const spec = workerSpecs[key];
      const row = byFigure.get(key);
      const count = Number(row?.count ?? 0);
      return { key, label: spec.label, value: figureValue(spec, count, Number(row?.total ?? 0)), count };
    });
}

/** Both windows of every figure, the red labels, and the company's own history (null when not a company's read). */
export function scorecardView(
  subject: { type: ScorecardSubject; id: string; name: string },
  parts: {
    sums: { last90Days: Sums; allTime: Sums };
    live: { last90Days: LiveFigures; allTime: LiveFigures };
  },
  withYourCompany: Scorecard["withYourCompany"],
): Scorecard {
  const { type, id } = subject;
  const { sums, live } = parts;
  const figures = type === "company" ? companyFigures : workerFigures;
  const last90Days = figures.map((f) => figureView(type, id, f, "last90Days", sums.last90Days, live.last90Days));
  const allTime = figures.map((f) => figureView(type, id, f, "allTime", sums.allTime, live.allTime));
  return {
    subject,
    last90Days,
    allTime,
    red: last90Days.filter((f) => f.red).map((f) => f.label),
    withYourCompany,
  };
}
