import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { ensureWorker } from "../../hooks";
import { tellWorkers } from "../../notice-steps";
import type { PoolView } from "../contract";
import { findPool, isPoolCompany, poolView } from "../scope";
import { membershipOf, setMembership } from "../steps";

/** A company admin or manager invites a worker to one of its pools; the worker joins by applying. */
export async function inviteToTalentPool(ctx: Ctx, id: string, workerId: string): Promise<PoolView> {
  return ctx.transaction(async (tx) => {
    const pool = await findPool(tx, ctx, id, true);
    if (!isPoolCompany(ctx.actor, pool)) {
      throw new Problem("forbidden", "Only the pool's company invites workers to it.");
    }
    await ensureWorker(tx, workerId, "/body/workerId");
    await refuseIfBlocked(tx, pool.companyId, [workerId]);
    const current = await membershipOf(tx, id, workerId);
    if (current && current.status !== "removed") {
      throw new Problem("conflict", `This worker is already ${current.status} in the pool.`);
    }
    await setMembership(tx, ctx, { poolId: id, workerId, status: "invited", event: "talent_pool.invited" });
    await tellWorkers(tx, ctx, [workerId], {
      title: `You are invited to the talent pool "${pool.name}"`,
      text: `You are invited to join "${pool.name}". Open Talent pools in Worklane to see its requirements and join.`,
      link: "/talent-pools",
      subject: { type: "talent_pool", id },
    });
    return poolView(tx, ctx, pool);
  });
}
