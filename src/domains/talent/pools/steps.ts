/** Writing a membership: one upsert and its event in the pool's history, shared by apply, invite, approve and the clock. */
import { and, eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import type { MemberStatus } from "./contract";
import { talentPoolMembers } from "./tables";

export async function membershipOf(tx: Executor, poolId: string, workerId: string) {
  const [row] = await tx
    .select()
    .from(talentPoolMembers)
    .where(and(eq(talentPoolMembers.poolId, poolId), eq(talentPoolMembers.workerId, workerId)))
    .for("update");
  return row ?? null;
}

export async function setMembership(
  tx: Executor,
  ctx: Ctx,
  input: {
    poolId: string;
    workerId: string;
    status: MemberStatus;
    removeAfter?: Date | null;
    event: string;
    data?: Record<string, unknown>;
  },
): Promise<void> {
  const values = { status: input.status, removeAfter: input.removeAfter ?? null, updatedAt: ctx.now };
  await tx
    .insert(talentPoolMembers)
    .values({ poolId: input.poolId, workerId: input.workerId, ...values })
    .onConflictDoUpdate({ target: [talentPoolMembers.poolId, talentPoolMembers.workerId], set: values });
  await recordEvent(tx, ctx, {
    action: input.event,
    subject: { type: "talent_pool", id: input.poolId },
    data: { workerId: input.workerId, status: input.status, ...input.data },
  });
}
