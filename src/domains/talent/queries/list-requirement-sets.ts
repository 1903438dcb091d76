import { asc, eq } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import type { RequirementSetView } from "../contract";
import { toSetView } from "../steps";
import { requirementSets } from "../tables";

/** The company's own requirement sets, by name. */
export async function listRequirementSets(ctx: Ctx): Promise<{ items: RequirementSetView[] }> {
  const actor = companyActor(ctx);
  const rows = await ctx.db
    .select()
    .from(requirementSets)
    .where(eq(requirementSets.companyId, actor.companyId))
    .orderBy(asc(requirementSets.name), asc(requirementSets.createdAt));
  return { items: rows.map(toSetView) };
}
