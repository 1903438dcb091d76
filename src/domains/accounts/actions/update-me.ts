import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { Me, UpdateMe } from "../contract";
import { getMe, userActor } from "../queries";
import { users } from "../tables";

export async function updateMe(ctx: Ctx, input: UpdateMe): Promise<Me> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const [before] = await tx.select({ name: users.name }).from(users).where(eq(users.id, actor.userId)).for("update");
    await tx.update(users).set({ name: input.name }).where(eq(users.id, actor.userId));
    await recordEvent(tx, ctx, {
      action: "user.updated",
      subject: { type: "user", id: actor.userId },
      data: { before, after: input },
    });
    return getMe(ctx, tx);
  });
}
