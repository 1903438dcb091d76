import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { RequirementSetView, SaveRequirementSet } from "../contract";
import { ensureOwnPools } from "../kept-facts-steps";
import { ensureOwnReferences } from "../reference-steps";
import { toSetView } from "../steps";
import { requirementSets } from "../tables";

/** A company names a set of requirements to attach to its assignments and pools. */
export async function createRequirementSet(ctx: Ctx, input: SaveRequirementSet): Promise<RequirementSetView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    await ensureOwnPools(tx, actor.companyId, input.requirements);
    await ensureOwnReferences(tx, actor.companyId, input.requirements);
    const [row] = await tx
      .insert(requirementSets)
      .values({ ...input, companyId: actor.companyId, createdBy: actor.userId, createdAt: ctx.now, updatedAt: ctx.now })
      .returning();
    if (!row) {
      throw new Error("requirement set insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "requirement_set.created",
      subject: { type: "requirement_set", id: row.id },
      data: { companyId: actor.companyId, name: row.name, requirements: row.requirements },
    });
    return toSetView(row);
  });
}
