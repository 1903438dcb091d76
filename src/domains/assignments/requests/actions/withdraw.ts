import type { Ctx } from "#platform/context";
import type { RequestView } from "../contract";
import { withdrawRule } from "../rules";
import { answerRequest, lockRequest } from "../steps";

/** The asking side takes an unanswered request back. */
export async function withdrawAssignmentRequest(
  ctx: Ctx,
  params: { id: string; requestId: string },
): Promise<RequestView> {
  return ctx.transaction(async (tx) => {
    const target = await lockRequest(tx, ctx, params, (r) => withdrawRule(r.kind), "withdrawRequest");
    return answerRequest(tx, ctx, target, { status: "withdrawn", note: null, event: "assignment.request_withdrawn" });
  });
}
