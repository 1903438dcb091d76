import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import { type Currency, formatMoney } from "#shared/money";
import { scheduleConfirmationAlert } from "../../follow-up-steps";
import { runStepChecks } from "../../hooks";
import { scheduleColumns } from "../../schedule";
import type { AssignmentRow } from "../../scope";
import { type AssignmentChanges, notify } from "../../steps";
import type { AnswerRequest, RequestView } from "../contract";
import type { RequestRow } from "../queries";
import { raisesCeiling, raisesOwed, requestRules } from "../rules";
import { answerRequest, lockRequest } from "../steps";

/**
 * What an accepted request changes on the assignment. A budget increase or an expense raises the ceiling the claim
 * may reach; a reschedule moves the schedule (and, as any reschedule of an assigned job, asks for a new
 * confirmation); a bonus changes nothing here: payments adds it to the invoice, on top of the claim.
 */
function effectOf(row: AssignmentRow, request: RequestRow): AssignmentChanges {
  if (raisesCeiling(request.kind) && request.amount !== null) {
    return { extraBudget: row.extraBudget + request.amount };
  }
  if (request.kind === "reschedule" && request.schedule) {
    return { ...scheduleColumns(request.schedule), ...(row.status === "assigned" ? { confirmedAt: null } : {}) };
  }
  return {};
}

/** The other side agrees; the asking side is told. */
export async function acceptAssignmentRequest(
  ctx: Ctx,
  params: { id: string; requestId: string },
  input: AnswerRequest,
): Promise<RequestView> {
  return ctx.transaction(async (tx) => {
    const target = await lockRequest(tx, ctx, params, (r) => requestRules[r.kind].answer, "acceptRequest");
    const { locked, request } = target;
    await refuseIfBlocked(tx, locked.row.companyId, [request.workerId]);
    const view = await answerRequest(tx, ctx, target, {
      status: "accepted",
      note: input.note,
      set: effectOf(locked.row, request),
      event: "assignment.request_accepted",
    });
    const row = locked.row;
    if (raisesOwed(request.kind)) {
      // Rules other domains add (payments: secured funds grow by the amount, or 422 insufficient_funds), after the
      // save, so they read the new ceiling; a refusal rolls back the answer too.
      await runStepChecks("raise", tx, ctx, row, locked);
    }
    if (request.kind === "reschedule") {
      await scheduleConfirmationAlert(tx, ctx, row);
    }
    const what =
      request.amount === null
        ? "new schedule"
        : formatMoney({ amount: request.amount, currency: row.currency as Currency });
    await notify(tx, ctx, [request.requestedBy], row.id, {
      subject: `Accepted: ${row.title}`,
      text: `Your request (${request.kind.replace("_", " ")}, ${what}) on "${row.title}" was accepted.${input.note ? ` ${input.note}` : ""}`,
    });
    return view;
  });
}
