import type { Ctx } from "#platform/context";
import { findVisible } from "../scope";
import { assignmentView } from "../view-steps";
import type { AssignmentView } from "../views";

/** One assignment as the caller may see it (invisible and missing look the same: 404). */
export async function getAssignment(ctx: Ctx, id: string): Promise<AssignmentView> {
  return assignmentView(ctx.db, ctx, await findVisible(ctx.db, ctx, id));
}
