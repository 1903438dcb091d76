import type { Ctx } from "#platform/context";
import type { CreateAssignment } from "../contract";
import { insertDraft } from "../draft-steps";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** A new draft. Unset terms come from the company settings and are fixed on the assignment from then on. */
export async function createAssignment(ctx: Ctx, input: CreateAssignment): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => closingView(tx, ctx, await insertDraft(tx, ctx, input)));
}
