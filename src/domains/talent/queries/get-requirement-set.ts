import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { RequirementSetView } from "../contract";
import { companySet, toSetView } from "../steps";

/** One of the company's requirement sets. */
export async function getRequirementSet(ctx: Ctx, id: string): Promise<RequirementSetView> {
  const actor = companyActor(ctx);
  return toSetView(await companySet(ctx.db, actor.companyId, id));
}
