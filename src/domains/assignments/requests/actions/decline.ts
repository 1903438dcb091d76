import type { Ctx } from "#platform/context";
import { notify } from "../../steps";
import type { AnswerRequest, RequestView } from "../contract";
import { requestRules } from "../rules";
import { answerRequest, lockRequest } from "../steps";

/** The other side says no (optionally why); the asking side is told. Nothing else changes. */
export async function declineAssignmentRequest(
  ctx: Ctx,
  params: { id: string; requestId: string },
  input: AnswerRequest,
): Promise<RequestView> {
  return ctx.transaction(async (tx) => {
    const target = await lockRequest(tx, ctx, params, (r) => requestRules[r.kind].answer, "declineRequest");
    const view = await answerRequest(tx, ctx, target, {
      status: "declined",
      note: input.note,
      event: "assignment.request_declined",
    });
    const { locked, request } = target;
    await notify(tx, ctx, [request.requestedBy], locked.row.id, {
      subject: `Declined: ${locked.row.title}`,
      text: `Your request (${request.kind.replace("_", " ")}) on "${locked.row.title}" was declined.${input.note ? ` ${input.note}` : ""}`,
    });
    return view;
  });
}
