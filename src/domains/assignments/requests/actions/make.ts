import { and, eq } from "drizzle-orm";
import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { Tx } from "#platform/db";
import { type Currency, formatMoney } from "#shared/money";
import { Problem } from "#shared/problems";
import { formatDateTime } from "#shared/time";
import { check } from "../../lifecycle";
import { type AssignmentRow, lockForActor } from "../../scope";
import { notify, saveAssignment } from "../../steps";
import type { MakeRequest, RequestView } from "../contract";
import { pendingRequestCount, toRequestView } from "../queries";
import { requestRules } from "../rules";
import { closeOpenRequests, nameOf } from "../steps";
import { assignmentRequests } from "../tables";

const labels = {
  budget_increase: "a budget increase",
  reschedule: "a new schedule",
  expense: "expense reimbursement",
  bonus: "a bonus",
} as const;

/** A reschedule must still lie ahead and keep the deadline reachable. */
function checkSchedule(row: AssignmentRow, input: MakeRequest, now: Date): void {
  if (input.kind !== "reschedule") {
    return;
  }
  const start = new Date(input.schedule.startsAt);
  const refuse = (message: string) =>
    new Problem("validation_failed", message, {}, [{ pointer: "/body/schedule/startsAt", message }]);
  if (start <= now) {
    throw refuse("Propose a start that is still ahead.");
  }
  if (row.deadline && start > row.deadline) {
    throw refuse("The new start is after the assignment's deadline.");
  }
}

function summary(row: AssignmentRow, input: MakeRequest): string {
  if (input.kind === "reschedule") {
    return `to start ${formatDateTime(input.schedule.startsAt, row.timeZone)} (${row.timeZone})`;
  }
  return formatMoney({ amount: input.amount, currency: row.currency as Currency });
}

/** One open request per kind: a second one would only repeat the first (the unique index backs this up). */
async function refuseRepeat(tx: Tx, id: string, input: MakeRequest): Promise<void> {
  const [waiting] = await tx
    .select({ id: assignmentRequests.id })
    .from(assignmentRequests)
    .where(
      and(
        eq(assignmentRequests.assignmentId, id),
        eq(assignmentRequests.kind, input.kind),
        eq(assignmentRequests.status, "pending"),
      ),
    );
  if (waiting) {
    throw new Problem("request_already_pending", `A request for ${labels[input.kind]} is already waiting.`, {
      pendingRequestId: waiting.id,
    });
  }
}

async function insertRequest(tx: Tx, ctx: Ctx, row: AssignmentRow, input: MakeRequest) {
  const workerId = row.assignedWorkerId;
  if (!workerId) {
    throw new Error(`assignment ${row.id} is ${row.status} without a worker`);
  }
  const [request] = await tx
    .insert(assignmentRequests)
    .values({
      assignmentId: row.id,
      workerId,
      kind: input.kind,
      status: "pending",
      amount: input.kind === "reschedule" ? null : input.amount,
      currency: row.currency,
      schedule: input.kind === "reschedule" ? input.schedule : null,
      reason: input.reason,
      requestedBy: ctx.actor.kind === "user" ? ctx.actor.userId : workerId,
      createdAt: ctx.now,
    })
    .returning();
  if (!request) {
    throw new Error("request insert returned nothing");
  }
  return request;
}

/** One side asks; the other is told and answers with acceptAssignmentRequest or declineAssignmentRequest. */
export async function makeAssignmentRequest(ctx: Ctx, id: string, input: MakeRequest): Promise<RequestView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const { row, party } = locked;
    check(requestRules[input.kind].make, locked.facts, party, "makeRequest");
    checkSchedule(row, input, ctx.now);
    await refuseIfBlocked(tx, row.companyId, row.assignedWorkerId ? [row.assignedWorkerId] : []);
    // Whatever a former worker left unanswered (before releases closed it) is closed, so it cannot block this one.
    const closedRequestIds = row.assignedWorkerId
      ? await closeOpenRequests(tx, ctx, id, { exceptWorker: row.assignedWorkerId })
      : [];
    await refuseRepeat(tx, id, input);
    const request = await insertRequest(tx, ctx, row, input);
    const saved = await saveAssignment(tx, ctx, locked, {
      set: { openRequestCount: await pendingRequestCount(tx, row) },
      event: "assignment.request_made",
      data: {
        requestId: request.id,
        kind: request.kind,
        amount: request.amount,
        schedule: request.schedule,
        reason: request.reason,
        workerId: request.workerId,
        closedRequestIds,
      },
    });
    const fromWorker = party === "assignee";
    await notify(tx, ctx, [fromWorker ? saved.createdBy : saved.assignedWorkerId], id, {
      subject: `${fromWorker ? "Request" : "Bonus offered"}: ${saved.title}`,
      text: `${fromWorker ? "The worker asks for" : "The client offers"} ${labels[input.kind]} on "${saved.title}" (${summary(saved, input)}): ${input.reason}. Accept or decline it on the assignment.`,
    });
    const facts = { status: saved.status, onHold: saved.holdReason !== null };
    return toRequestView(request, { asker: await nameOf(tx, request.requestedBy), answeredBy: null }, facts, party);
  });
}
