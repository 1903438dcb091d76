import { actorId, type Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { FlagRating } from "../contract";
import { checkRating } from "../lifecycle";
import { lockRating } from "../scope";
import { ratingFlags } from "../tables";
import type { FlagView } from "../views";

/**
 * Flags a published review as abusive; the flag and its reason are kept for Trust & Safety. One flag per person:
 * flagging again answers the first flag.
 */
export async function flagRating(ctx: Ctx, id: string, input: FlagRating): Promise<FlagView> {
  return ctx.transaction(async (tx) => {
    const { row, party } = await lockRating(tx, ctx.actor, id);
    checkRating("flag", { status: row.publishedAt ? "published" : "hidden", replied: row.reply !== null }, party);
    const flaggedBy = actorId(ctx.actor) ?? "";
    const [created] = await tx
      .insert(ratingFlags)
      .values({ ratingId: id, flaggedBy, reason: input.reason, createdAt: ctx.now })
      .onConflictDoUpdate({ target: [ratingFlags.ratingId, ratingFlags.flaggedBy], set: { ratingId: id } })
      .returning();
    if (created && created.createdAt.getTime() === ctx.now.getTime()) {
      await recordEvent(tx, ctx, {
        action: "rating.flagged",
        subject: { type: "rating", id },
        data: { assignmentId: row.assignmentId, reason: input.reason },
      });
    }
    return { id: created?.id ?? "", ratingId: id, createdAt: (created?.createdAt ?? ctx.now).toISOString() };
  });
}
