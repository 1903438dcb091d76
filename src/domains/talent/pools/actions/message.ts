import { and, eq, inArray } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { notBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { tellWorkers } from "../../notice-steps";
import type { MessagePool, PoolMessageSent } from "../contract";
import { findPool, isPoolCompany } from "../scope";
import { talentPoolMembers } from "../tables";

/**
 * A company admin or manager writes to every member of a pool at once (members in their grace period too; not those
 * invited, waiting or removed): one inbox entry and email each, as each member's preference for talent notices says,
 * written in one statement; the text is kept in the pool's history. A member in a block with the company is left out,
 * as every message to a blocked worker is. The Idempotency-Key keeps a retried request from writing twice.
 */
export async function messagePoolMembers(ctx: Ctx, id: string, input: MessagePool): Promise<PoolMessageSent> {
  return ctx.transaction(async (tx) => {
    const pool = await findPool(tx, ctx, id, true);
    if (!isPoolCompany(ctx.actor, pool)) {
      throw new Problem("forbidden", "Only the pool's company writes to its members.");
    }
    const members = await tx
      .select({ workerId: talentPoolMembers.workerId, open: notBlocked(pool.companyId, users.id) })
      .from(talentPoolMembers)
      .innerJoin(users, eq(users.id, talentPoolMembers.workerId))
      .where(and(eq(talentPoolMembers.poolId, id), inArray(talentPoolMembers.status, ["member", "flagged"])));
    const reached = members.filter((m) => m.open);
    await tellWorkers(
      tx,
      ctx,
      reached.map((m) => m.workerId),
      {
        title: `${pool.name}: ${input.subject}`,
        text: `${input.text}\n\nYou receive this as a member of the talent pool "${pool.name}".`,
        link: "/talent-pools",
        subject: { type: "talent_pool", id },
      },
    );
    const sent = { recipients: reached.length, blocked: members.length - reached.length };
    await recordEvent(tx, ctx, {
      action: "talent_pool.messaged",
      subject: { type: "talent_pool", id },
      data: { subject: input.subject, text: input.text, ...sent },
    });
    return sent;
  });
}
