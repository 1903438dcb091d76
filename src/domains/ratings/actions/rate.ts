import { eq } from "drizzle-orm";
import { actorId, type Ctx } from "#platform/context";
import { recordEvent } from "#platform/history";
import { Problem } from "#shared/problems";
import { BLIND_DAYS, type GiveRating } from "../contract";
import { DAY_MS } from "../figures";
import { canRate, checkRate } from "../lifecycle";
import { assignmentRatingsView, lockAssignment, rateFacts, ratesOf, ratingsOf } from "../scope";
import { publishRatings, schedulePublication } from "../steps";
import { ratings } from "../tables";
import type { AssignmentRatings } from "../views";

/** The body's levels as stored: `overall` on its own, the three dimensions of the side by name. */
function levelsOf(input: GiveRating) {
  const { rates: _rates, overall, review, ...scores } = input;
  return { overall, review, scores };
}

/**
 * Gives the caller's side's rating of the other side, or changes it while it is still hidden. The second side's
 * rating publishes both at once; the first schedules publication at the end of the blind period (14 days).
 * 201 for a new rating, 200 for a change.
 */
export async function giveRating(
  ctx: Ctx,
  assignmentId: string,
  input: GiveRating,
): Promise<{ created: boolean; view: AssignmentRatings }> {
  return ctx.transaction(async (tx) => {
    const { row, party } = await lockAssignment(tx, ctx.actor, assignmentId);
    const existing = await ratingsOf(tx, assignmentId);
    checkRate(rateFacts(row, existing), party);
    const rates = ratesOf(party);
    if (input.rates !== rates) {
      const where = [{ pointer: "/body/rates", message: `Use "${rates}".` }];
      throw new Problem("forbidden", `On this assignment you rate the ${rates}, not the ${input.rates}.`, {}, where);
    }
    const mine = existing.find((r) => r.rates === rates);
    const levels = levelsOf(input);
    const by = actorId(ctx.actor) ?? row.createdBy;
    let ratingId: string;
    if (mine) {
      await tx
        .update(ratings)
        .set({ ...levels, ratedBy: by, updatedAt: ctx.now, version: mine.version + 1 })
        .where(eq(ratings.id, mine.id));
      ratingId = mine.id;
    } else {
      const publishesAt = existing[0]?.publishesAt ?? new Date(ctx.now.getTime() + BLIND_DAYS * DAY_MS);
      const [created] = await tx
        .insert(ratings)
        .values({
          ...levels,
          assignmentId,
          companyId: row.companyId,
          workerId: row.assignedWorkerId ?? "",
          rates,
          ratedBy: by,
          createdAt: ctx.now,
          updatedAt: ctx.now,
          publishesAt,
        })
        .returning({ id: ratings.id });
      ratingId = created?.id ?? "";
      await schedulePublication(tx, ctx, assignmentId, publishesAt);
    }
    // The event names the rating and the side, never its levels or review: they stay hidden until published.
    await recordEvent(tx, ctx, {
      action: mine ? "rating.changed" : "rating.given",
      subject: { type: "rating", id: ratingId },
      data: { assignmentId, rates },
    });
    const both = existing.length + (mine ? 0 : 1) === 2;
    if (both) {
      await publishRatings(tx, ctx, assignmentId);
    }
    const after = await ratingsOf(tx, assignmentId);
    const facts = rateFacts(row, after);
    return { created: !mine, view: assignmentRatingsView(ctx.actor, row, party, after, canRate(facts, party)) };
  });
}
