/**
 * The steps the request use cases share, and the one the core calls when an assignment ends or loses its worker
 * (closeOpenRequests): locking a request under its assignment, and writing an answer with the assignment's event.
 */
import { and, eq, ne } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import type { Ctx } from "#platform/context";
import type { Executor, Tx } from "#platform/db";
import { Problem } from "#shared/problems";
import { check, type PartyRule } from "../lifecycle";
import { type Locked, lockForActor } from "../scope";
import { type AssignmentChanges, saveAssignment } from "../steps";
import type { RequestStatus, RequestView } from "./contract";
import { pendingRequestCount, type RequestRow, toRequestView } from "./queries";
import { assignmentRequests } from "./tables";

export async function nameOf(tx: Executor, userId: string): Promise<string> {
  const [user] = await tx.select({ name: users.name }).from(users).where(eq(users.id, userId));
  return user?.name ?? "";
}

const requestNotFound = () =>
  new Problem("not_found", "No request with this id is visible to you.", { subjectType: "assignment_request" });

/**
 * Locks the assignment, then the request (in that order everywhere, so two answers cannot deadlock), and checks the
 * rule for the caller. A worker sees only requests made while they were the assigned worker.
 */
export async function lockRequest(
  tx: Executor,
  ctx: Ctx,
  params: { id: string; requestId: string },
  ruleFor: (request: RequestRow) => PartyRule,
  action: string,
): Promise<{ locked: Locked; request: RequestRow }> {
  const locked = await lockForActor(tx, ctx, params.id);
  const [request] = await tx
    .select()
    .from(assignmentRequests)
    .where(and(eq(assignmentRequests.id, params.requestId), eq(assignmentRequests.assignmentId, params.id)))
    .for("update");
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  if (!request || (locked.party === "assignee" && request.workerId !== me) || locked.party === "invitee") {
    throw requestNotFound();
  }
  // The party's right first (403), then the time (409): the request's own status says most, then the assignment's.
  const rule = ruleFor(request);
  if (request.status !== "pending" && locked.party !== null && rule.by.includes(locked.party)) {
    throw new Problem("invalid_transition", `This request was already ${request.status}.`, {
      currentStatus: locked.row.status,
      requestStatus: request.status,
      action,
    });
  }
  check(rule, locked.facts, locked.party, action);
  if (request.workerId !== locked.row.assignedWorkerId) {
    throw new Problem("invalid_transition", "This request was made by a worker who is no longer on the assignment.", {
      currentStatus: locked.row.status,
      requestStatus: request.status,
      action,
    });
  }
  return { locked, request };
}

/**
 * Writes the request's answer and the assignment together: the open-request count behind the `request_pending`
 * label, plus what an accepted request changes, through the core's saveAssignment with the history event.
 */
export async function answerRequest(
  tx: Tx,
  ctx: Ctx,
  target: { locked: Locked; request: RequestRow },
  answer: { status: RequestStatus; note: string | null; set?: AssignmentChanges; event: string },
): Promise<RequestView> {
  const { locked, request } = target;
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const [updated] = await tx
    .update(assignmentRequests)
    .set({ status: answer.status, answeredBy: me, answeredAt: ctx.now, answerNote: answer.note })
    .where(eq(assignmentRequests.id, request.id))
    .returning();
  if (!updated) {
    throw new Error(`request ${request.id} vanished while locked`);
  }
  const row = await saveAssignment(tx, ctx, locked, {
    set: { ...answer.set, openRequestCount: await pendingRequestCount(tx, locked.row) },
    event: answer.event,
    data: {
      requestId: request.id,
      kind: request.kind,
      amount: request.amount,
      schedule: request.schedule,
      note: answer.note,
      workerId: request.workerId,
    },
  });
  locked.row = row;
  const names = { asker: await nameOf(tx, request.requestedBy), answeredBy: me ? await nameOf(tx, me) : null };
  const facts = { status: row.status, onHold: row.holdReason !== null };
  return toRequestView(updated, names, facts, locked.party);
}

/**
 * For the core's actions that end an assignment or take its worker away (approve, cancel, and releaseWorker for
 * abandon and no-show): requests nobody answered are closed, so a later worker never inherits them. Call it in the
 * same transaction and set `openRequestCount: 0` in that action's saveAssignment. Returns the closed requests' ids.
 */
export async function closeOpenRequests(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  assignmentId: string,
  options: { exceptWorker?: string } = {},
): Promise<string[]> {
  const closed = await tx
    .update(assignmentRequests)
    .set({ status: "closed", answeredAt: ctx.now, answerNote: "The assignment moved on before an answer." })
    .where(
      and(
        eq(assignmentRequests.assignmentId, assignmentId),
        eq(assignmentRequests.status, "pending"),
        options.exceptWorker ? ne(assignmentRequests.workerId, options.exceptWorker) : undefined,
      ),
    )
    .returning({ id: assignmentRequests.id });
  return closed.map((request) => request.id);
}
