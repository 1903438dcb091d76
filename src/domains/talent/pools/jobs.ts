/**
 * The pools clock (issue 12, item 4), hourly: each member of a gated pool is checked against its set with the one
 * evaluator; who no longer meets it (a credential expired) is flagged and told, removed once the pool's grace period
 * passes, and restored if they meet it again first.
 */
import { and, eq, inArray, isNotNull } from "drizzle-orm";
import { z } from "zod";
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { defineJob } from "#platform/jobs";
import { tellWorkers } from "../notice-steps";
import { resultFor } from "../steps";
import { gateOfPool, type PoolRow } from "./scope";
import { setMembership } from "./steps";
import { talentPoolMembers, talentPools } from "./tables";

const DAY = 86_400_000;

async function recheck(tx: Tx, ctx: Ctx, pool: PoolRow): Promise<void> {
  const members = await tx
    .select({ member: talentPoolMembers })
    .from(talentPoolMembers)
    .where(and(eq(talentPoolMembers.poolId, pool.id), inArray(talentPoolMembers.status, ["member", "flagged"])))
    .for("update", { of: talentPoolMembers });
  for (const { member } of members) {
    const result = await resultFor(tx, ctx.now, gateOfPool(pool), member.workerId);
    const missing = result.checks.filter((c) => !c.met).map((c) => c.reason);
    const base = { poolId: pool.id, workerId: member.workerId };
    if (member.status === "member" && !result.eligible) {
      const removeAfter = new Date(ctx.now.getTime() + pool.graceDays * DAY);
      await setMembership(tx, ctx, {
        ...base,
        status: "flagged",
        removeAfter,
        event: "talent_pool.member_flagged",
        data: { missing },
      });
      await tellWorkers(tx, ctx, [member.workerId], {
        title: `You no longer meet the requirements of "${pool.name}"`,
        text: `You no longer meet: ${missing.join("; ")}. Unless you meet them again by ${removeAfter.toISOString().slice(0, 10)}, you leave the pool.`,
        link: "/talent-pools",
        subject: { type: "talent_pool", id: pool.id },
      });
    } else if (member.status === "flagged" && result.eligible) {
      await setMembership(tx, ctx, { ...base, status: "member", event: "talent_pool.member_restored" });
    } else if (member.status === "flagged" && member.removeAfter && member.removeAfter <= ctx.now) {
      await setMembership(tx, ctx, {
        ...base,
        status: "removed",
        event: "talent_pool.member_removed",
        data: { missing },
      });
      await tellWorkers(tx, ctx, [member.workerId], {
        title: `You left the talent pool "${pool.name}"`,
        text: `The grace period ended and you still do not meet: ${missing.join("; ")}. You may apply again once you do.`,
        link: "/talent-pools",
        subject: { type: "talent_pool", id: pool.id },
      });
    }
  }
}

export const poolsClockJob = defineJob({
  name: "talent.pools_clock",
  payload: z.object({}),
  everySeconds: 3600,
  async run(ctx) {
    await ctx.transaction(async (tx) => {
      const pools = await tx.select().from(talentPools).where(isNotNull(talentPools.requirementSetId));
      for (const pool of pools) {
        await recheck(tx, ctx, pool);
      }
    });
  },
});
