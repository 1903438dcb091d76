import { eq } from "drizzle-orm";
import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { diffFields, recordEvent } from "#platform/history";
import type { RequirementSetView, SaveRequirementSet } from "../contract";
import { ensureOwnPools } from "../kept-facts-steps";
import { ensureOwnReferences } from "../reference-steps";
import { companySet, toSetView } from "../steps";
import { requirementSets } from "../tables";

/** Replaces a set's name, description and requirements; every assignment and pool it is attached to checks the new rules. */
export async function updateRequirementSet(
  ctx: Ctx,
  id: string,
  input: SaveRequirementSet,
): Promise<RequirementSetView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    await ensureOwnReferences(tx, actor.companyId, input.requirements);
    await tx.select({ id: requirementSets.id }).from(requirementSets).where(eq(requirementSets.id, id)).for("update");
    const before = toSetView(await companySet(tx, actor.companyId, id));
    await ensureOwnPools(tx, actor.companyId, input.requirements);
    const [row] = await tx
      .update(requirementSets)
      .set({ ...input, updatedAt: ctx.now })
      .where(eq(requirementSets.id, id))
      .returning();
    if (!row) {
      throw new Error("requirement set update returned nothing");
    }
    const change = diffFields(before, input);
    await recordEvent(tx, ctx, {
      action: "requirement_set.updated",
      subject: { type: "requirement_set", id },
      data: { before: change.before, after: change.after },
    });
    return toSetView(row);
  });
}
