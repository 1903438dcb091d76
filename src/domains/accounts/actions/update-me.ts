import { eq } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { Me, UpdateMe } from "../contract";
import { getMe, userActor } from "../queries";
import { users } from "../tables";

/** The name and the time zone the person reads times in; only the fields sent change (and are in the event). */
export async function updateMe(ctx: Ctx, input: UpdateMe): Promise<Me> {
  const actor = userActor(ctx);
  return ctx.transaction(async (tx) => {
    const [row] = await tx
      .select({ name: users.name, timeZone: users.timeZone })
      .from(users)
      .where(eq(users.id, actor.userId))
      .for("update");
    const before = Object.fromEntries(Object.keys(input).map((key) => [key, row?.[key as keyof UpdateMe] ?? null]));
    await tx.update(users).set(input).where(eq(users.id, actor.userId));
    await recordEvent(tx, ctx, {
      action: "user.updated",
      subject: { type: "user", id: actor.userId },
      data: { before, after: input },
    });
    return getMe(ctx, tx);
  });
}
