import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { companyFigures, type ScorecardSubject, workerFigures } from "../contract";
import { figureView } from "../figures";
import { readScorecard } from "../scorecard-steps";
import type { Scorecard } from "../views";

/**
 * A scorecard, last 90 days and all time, read from the kept sums (never from the history); open to every logged-in
 * user, since workers decide with it. 404 for an unknown company or worker.
 */
export async function getScorecard(ctx: Ctx, subject: ScorecardSubject, id: string): Promise<Scorecard> {
  const { name, sums, live } = await readScorecard(ctx.db, subject, id, ctx.now);
  if (name === null) {
    throw new Problem("not_found", `No ${subject} with this id.`, { subjectType: subject });
  }
  const figures = subject === "company" ? companyFigures : workerFigures;
  const last90Days = figures.map((f) => figureView(subject, id, f, "last90Days", sums.last90Days, live.last90Days));
  const allTime = figures.map((f) => figureView(subject, id, f, "allTime", sums.allTime, live.allTime));
  return {
    subject: { type: subject, id, name },
    last90Days,
    allTime,
    red: last90Days.filter((f) => f.red).map((f) => f.label),
  };
}
