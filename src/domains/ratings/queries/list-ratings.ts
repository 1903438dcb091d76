import { eq } from "drizzle-orm";
import { assignments } from "#domains/assignments/tables";
import type { Ctx } from "#platform/context";
import { canRate } from "../lifecycle";
import { assignmentNotFound, assignmentRatingsView, partyOn, rateFacts, ratingsOf } from "../scope";
import type { AssignmentRatings } from "../views";

/** An assignment's ratings for one of its parties: their own side's, and the other side's once published. */
export async function listAssignmentRatings(ctx: Ctx, id: string): Promise<AssignmentRatings> {
  const [row] = await ctx.db.select().from(assignments).where(eq(assignments.id, id));
  const party = row ? partyOn(ctx.actor, row) : null;
  if (!row || party === null) {
    throw assignmentNotFound();
  }
  const rows = await ratingsOf(ctx.db, id);
  return assignmentRatingsView(ctx.actor, row, party, rows, canRate(rateFacts(row, rows), party));
}
