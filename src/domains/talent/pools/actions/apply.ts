import { userActor } from "#domains/accounts/index";
import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { requireRequirementsMet } from "../../hooks";
import type { PoolView } from "../contract";
import { findPool, gateOfPool, poolView } from "../scope";
import { membershipOf, setMembership } from "../steps";

/**
 * A worker applies to a public pool, or answers an invitation. The pool's set is checked by the one evaluator
 * (403 `requirements_not_met` naming what is missing, unless the company overrode it); who meets it joins at once or
 * waits for approval, as the pool says.
 */
export async function applyToTalentPool(ctx: Ctx, id: string): Promise<PoolView> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const pool = await findPool(tx, ctx, id, true);
    const current = await membershipOf(tx, id, actor.userId);
    if (current && current.status !== "invited" && current.status !== "removed") {
      throw new Problem(
        "conflict",
        `You are already ${current.status === "pending" ? "waiting for approval in" : "a member of"} this pool.`,
      );
    }
    if (pool.visibility !== "public" && current?.status !== "invited") {
      throw new Problem("forbidden", "This pool takes workers by invitation only.");
    }
    await refuseIfBlocked(tx, pool.companyId, [actor.userId]);
    await requireRequirementsMet(tx, ctx, gateOfPool(pool), actor.userId);
    const status = pool.autoJoin ? "member" : "pending";
    await setMembership(tx, ctx, {
      poolId: id,
      workerId: actor.userId,
      status,
      event: status === "member" ? "talent_pool.joined" : "talent_pool.applied",
    });
    return poolView(tx, ctx, pool);
  });
}
