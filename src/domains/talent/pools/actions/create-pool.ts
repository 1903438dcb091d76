import { companyActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { companySet } from "../../steps";
import type { CreatePool, PoolView } from "../contract";
import { poolView } from "../scope";
import { talentPools } from "../tables";

/** A company admin or manager makes a pool, optionally gated by one of its requirement sets. */
export async function createTalentPool(ctx: Ctx, input: CreatePool): Promise<PoolView> {
  const actor = companyActor(ctx);
  return ctx.transaction(async (tx) => {
    if (input.requirementSetId) {
      await companySet(tx, actor.companyId, input.requirementSetId);
    }
    const [row] = await tx
      .insert(talentPools)
      .values({ ...input, companyId: actor.companyId, createdBy: actor.userId, createdAt: ctx.now })
      .returning();
    if (!row) {
      throw new Error("pool insert returned nothing");
    }
    await recordEvent(tx, ctx, {
      action: "talent_pool.created",
      subject: { type: "talent_pool", id: row.id },
      data: {
        name: row.name,
        visibility: row.visibility,
        requirementSetId: row.requirementSetId,
        autoJoin: row.autoJoin,
      },
    });
    return poolView(tx, ctx, row);
  });
}
