/**
 * The steps the ratings use cases and the publishing job share, inside the caller's transaction: publishing an
 * assignment's hidden ratings together (and only then counting them in the scorecards) and scheduling the latest
 * publication. Events about ratings name the rating, never its levels or review, and sit on the rating's own
 * subject, so no assignment history shows a hidden rating.
 */
import { and, eq, isNull } from "drizzle-orm";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { enqueue } from "#platform/jobs";
import { dimensionsOf, isSatisfied } from "./contract";
import { addContributions, type Contribution } from "./entry-steps";
import { ratings } from "./tables";

type RatingRow = typeof ratings.$inferSelect;
export const publishJob = "ratings.publish";

/** Runs the publishing job when the blind period ends (one job per assignment, by its key). */
export async function schedulePublication(tx: Executor, ctx: Pick<Ctx, "now">, assignmentId: string, at: Date) {
  await enqueue(tx, ctx, publishJob, { assignmentId }, { runAt: at, key: `${publishJob}:${assignmentId}` });
}

/** What a published rating adds to the rated side's scorecard: satisfied or not, overall and per dimension. */
async function countInScorecard(tx: Executor, ctx: Ctx, row: RatingRow) {
  const figures = row.rates === "company" ? (["overall"] as const) : (["overall", ...dimensionsOf.worker] as const);
  const contributions: Contribution[] = [];
  for (const figure of figures) {
    const level = figure === "overall" ? row.overall : row.scores[figure];
    if (!level) {
      continue;
    }
    contributions.push({
      subject: row.rates,
      subjectId: row.rates === "company" ? row.companyId : row.workerId,
      figure: figure === "overall" ? "satisfaction" : figure,
      ref: row.id,
      assignmentId: row.assignmentId,
      companyId: row.rates === "worker" ? row.companyId : null,
      at: ctx.now,
      value: isSatisfied(level) ? 1 : 0,
      note: `Rated ${level}`,
    });
  }
  await addContributions(tx, contributions);
}

/**
 * Publishes every hidden rating of the assignment at once: both when the second side rates, or whatever was given
 * when the blind period ends. Returns how many were published.
 */
export async function publishRatings(tx: Executor, ctx: Ctx, assignmentId: string): Promise<number> {
  const published = await tx
    .update(ratings)
    .set({ publishedAt: ctx.now })
    .where(and(eq(ratings.assignmentId, assignmentId), isNull(ratings.publishedAt)))
    .returning();
  for (const row of published) {
    await countInScorecard(tx, ctx, row);
    await recordEvent(tx, ctx, {
      action: "rating.published",
      subject: { type: "rating", id: row.id },
      data: { assignmentId, rates: row.rates },
    });
  }
  return published.length;
}

/** The job's step: publish the assignment's hidden ratings once the blind period is over (not before). */
export async function publishIfDue(tx: Executor, ctx: Ctx, assignmentId: string): Promise<void> {
  const rows = await tx
    .select()
    .from(ratings)
    .where(and(eq(ratings.assignmentId, assignmentId), isNull(ratings.publishedAt)))
    .for("update");
  if (rows.length > 0 && rows.every((r) => r.publishesAt <= ctx.now)) {
    await publishRatings(tx, ctx, assignmentId);
  }
}
