import { eq } from "drizzle-orm";
import { actorId, type Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import type { ReplyToRating } from "../contract";
import { checkRating } from "../lifecycle";
import { lockRating, ratingView } from "../scope";
import { ratings } from "../tables";
import type { RatingView } from "../views";

/** The rated side's one public reply to a published rating (the rated worker, or the company's admin or manager). */
export async function replyToRating(ctx: Ctx, id: string, input: ReplyToRating): Promise<RatingView> {
  return ctx.transaction(async (tx) => {
    const { row, party } = await lockRating(tx, ctx.actor, id);
    checkRating("reply", { status: "published", replied: row.reply !== null }, party);
    const [updated] = await tx
      .update(ratings)
      .set({ reply: input.text, repliedAt: ctx.now, repliedBy: actorId(ctx.actor) })
      .where(eq(ratings.id, id))
      .returning();
    await recordEvent(tx, ctx, {
      action: "rating.replied",
      subject: { type: "rating", id },
      data: { assignmentId: row.assignmentId, rates: row.rates },
    });
    return ratingView(updated ?? row, party);
  });
}
