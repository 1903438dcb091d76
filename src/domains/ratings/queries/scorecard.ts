import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { ScorecardSubject } from "../contract";
import { historyWithCompany, readScorecard } from "../scorecard-steps";
import { scorecardView, withCompanyView } from "../scorecard-view";
import type { Scorecard } from "../views";

/** For a company member reading a worker's scorecard: the figures from the company's own assignments with them. */
async function withYourCompany(ctx: Ctx, subject: ScorecardSubject, id: string) {
  const { actor } = ctx;
  if (subject !== "worker" || actor.kind !== "user" || actor.accountType !== "client" || !actor.companyId) {
    return null;
  }
  return withCompanyView(await historyWithCompany(ctx.db, id, actor.companyId));
}

/**
 * A scorecard, last 90 days and all time, read from the kept sums (never from the history); open to every logged-in
 * user, since workers decide with it. 404 for an unknown company or worker.
 */
export async function getScorecard(ctx: Ctx, subject: ScorecardSubject, id: string): Promise<Scorecard> {
  const { name, sums, live } = await readScorecard(ctx.db, subject, id, ctx.now);
  if (name === null) {
    throw new Problem("not_found", `No ${subject} with this id.`, { subjectType: subject });
  }
  return scorecardView({ type: subject, id, name }, { sums, live }, await withYourCompany(ctx, subject, id));
}
