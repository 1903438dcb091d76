import type { Ctx } from "#platform/context";
import type { WorkerScorecardsQuery } from "../contract";
import { scorecardView, withCompanyView } from "../scorecard-view";
import type { WorkerScorecards } from "../views";
import { readWorkerScorecards } from "../worker-scorecards-steps";

/**
 * Several workers' scorecards at once, each exactly what `GET /workers/{id}/scorecard` answers for it (the company's
 * own history included for a company member), in the order asked; an id that is no worker is left out. One statement
 * whatever the number of workers, where the assignment page read one scorecard per invited worker and applicant.
 */
export async function listWorkerScorecards(ctx: Ctx, query: WorkerScorecardsQuery): Promise<WorkerScorecards> {
  const { actor } = ctx;
  const companyId = actor.kind === "user" && actor.accountType === "client" ? (actor.companyId ?? null) : null;
  const found = await readWorkerScorecards(ctx.db, query.ids, ctx.now, companyId);
  return {
    items: [...found].map(([id, parts]) =>
      scorecardView(
        { type: "worker", id, name: parts.name },
        parts,
        parts.withCompany ? withCompanyView(parts.withCompany) : null,
      ),
    ),
  };
}
