import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import type { PoolView } from "../contract";
import { findPool, isPoolCompany, poolView } from "../scope";
import { membershipOf, setMembership } from "../steps";

/** A company admin or manager approves a pending applicant (the set was met when they applied). */
export async function approvePoolMember(ctx: Ctx, id: string, workerId: string): Promise<PoolView> {
  return ctx.transaction(async (tx) => {
    const pool = await findPool(tx, ctx, id, true);
    if (!isPoolCompany(ctx.actor, pool)) {
      throw new Problem("forbidden", "Only the pool's company approves members.");
    }
    const current = await membershipOf(tx, id, workerId);
    if (!current) {
      throw new Problem("not_found", "This worker has not applied to the pool.", { subjectType: "talent_pool_member" });
    }
    if (current.status !== "pending") {
      throw new Problem(
        "invalid_transition",
        `Only a pending applicant can be approved; this one is ${current.status}.`,
        {
          currentStatus: current.status,
          action: "approve",
        },
      );
    }
    await setMembership(tx, ctx, { poolId: id, workerId, status: "member", event: "talent_pool.approved" });
    return poolView(tx, ctx, pool);
  });
}
