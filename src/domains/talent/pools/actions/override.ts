import { userActor } from "#domains/accounts/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { ensureWorker, overrideRequirements } from "../../hooks";
import type { PoolView } from "../contract";
import { findPool, gateOfPool, isPoolCompany, poolView } from "../scope";

/** A company admin or manager lets one worker through the pool's set, with the reason (recorded). */
export async function overridePoolRequirements(
  ctx: Ctx,
  id: string,
  input: { workerId: string; reason: string },
): Promise<PoolView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const pool = await findPool(tx, ctx, id, true);
    if (!isPoolCompany(ctx.actor, pool)) {
      throw new Problem("forbidden", "Only the pool's company overrides its requirements.");
    }
    await ensureWorker(tx, input.workerId, "/body/workerId");
    await overrideRequirements(tx, ctx, {
      companyId: pool.companyId,
      subject: gateOfPool(pool).subject,
      workerId: input.workerId,
      reason: input.reason,
      by: actor.userId,
    });
    return poolView(tx, ctx, pool);
  });
}
