/**
 * What other domains call, inside their own transaction, to move an assignment: escalations pause and resume
 * auto-approval, payments marks it paid. They are not HTTP use cases (no URL leads here), so they live outside
 * actions/; index.ts exports them. Each locks the row first, like every action.
 */
import { eq } from "drizzle-orm";
import { type Ctx, systemActor } from "#platform/context";
import type { Executor } from "#platform/db";
import { scheduleAutoApproval } from "./follow-up-steps";
import { type AssignmentRow, type Locked, lockForActor } from "./scope";
import { saveAssignment } from "./steps";
import { assignments } from "./tables";

const asSystem = (ctx: Ctx) => ({ actor: systemActor, now: ctx.now });

/**
 * A rule a domain above assignments adds to one of its steps (payments: a locked company cannot send; immediate
 * terms need the funds to approve; secured funds are committed when a worker is assigned). Assignments cannot import
 * upward, so those domains bring their rule here when their index.ts loads; the step runs every rule after its own
 * checks, inside its transaction, and a rule refuses by throwing a Problem (which the step's route declares in
 * `config.problems`), which rolls back everything the step wrote. "assign" runs after the worker is on the row
 * (accept, choosing an applicant, assigning directly), so the rule reads the final terms, and may write its own
 * records (payments commits the funds) in the same transaction.
 */
export type StepCheck = (tx: Executor, ctx: Ctx, row: AssignmentRow, read: LockReads) => Promise<void>;
/** What the step's lock already read of the company (scope.ts), so a rule need not read it again (issue 10). */
export type LockReads = Pick<Locked, "securesFunds" | "pastDue">;
/**
 * "raise" runs when an accepted request raises what the company may owe (a budget increase or an expense raises the
 * ceiling; a bonus is paid on top), after the request and the assignment are saved: payments secures the extra.
 */
export type CheckedStep = "send" | "approve" | "assign" | "raise";
const stepChecks: Record<CheckedStep, StepCheck[]> = { send: [], approve: [], assign: [], raise: [] };

export function addStepCheck(step: CheckedStep, check: StepCheck): void {
  if (!stepChecks[step].includes(check)) {
    stepChecks[step].push(check);
  }
}

/** Runs the rules other domains added to `step` ("send" also covers adding workers to one already out). */
export async function runStepChecks(
  step: CheckedStep,
  tx: Executor,
  ctx: Ctx,
  row: AssignmentRow,
  read: LockReads,
): Promise<void> {
  for (const check of stepChecks[step]) {
    await check(tx, ctx, row, read);
  }
}

/**
 * The messages domain keeps the count of unanswered questions the `question_open` label reads (issue 13 item 1), in
 * the transaction that posts or answers one, the assignment already locked. Not a change of the assignment itself:
 * no version, no event (the message's own event records it).
 */
export async function setOpenQuestionCount(tx: Executor, id: string, count: number): Promise<void> {
  await tx.update(assignments).set({ openQuestionCount: count }).where(eq(assignments.id, id));
}

/** The one place escalations pause auto-approval; approval by a person still works. */
export async function holdAutoApproval(tx: Executor, ctx: Ctx, id: string, reason: string) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  if (locked.row.autoApprovalHold !== null) {
    return locked.row;
  }
  return saveAssignment(tx, ctx, locked, {
    set: { autoApprovalHold: reason, autoApprovalHeldAt: ctx.now },
    event: "assignment.auto_approval_held",
    data: { reason },
  });
}

/** Lifts the hold; the clock resumes where it stopped (the held time is added to the due time). */
export async function releaseAutoApproval(tx: Executor, ctx: Ctx, id: string) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  const { autoApprovalHold, autoApprovalHeldAt, autoApprovalDueAt } = locked.row;
  if (autoApprovalHold === null) {
    return locked.row;
  }
  const paused = autoApprovalHeldAt ? ctx.now.getTime() - autoApprovalHeldAt.getTime() : 0;
  const dueAt = autoApprovalDueAt ? new Date(autoApprovalDueAt.getTime() + paused) : null;
  const row = await saveAssignment(tx, ctx, locked, {
    set: { autoApprovalHold: null, autoApprovalHeldAt: null, autoApprovalDueAt: dueAt },
    event: "assignment.auto_approval_released",
    data: { dueAt: dueAt?.toISOString() ?? null },
  });
  if (row.status === "submitted") {
    await scheduleAutoApproval(tx, ctx, row);
  }
  return row;
}

/**
 * Called by the payments domain inside the transaction that opens the approval's invoice (the job approval
 * enqueued): approved → invoiced, WorkMarket's "payment pending". A second call (the job run again) changes nothing.
 */
export async function markInvoiced(tx: Executor, ctx: Ctx, id: string, data: Record<string, unknown> = {}) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  if (locked.row.status === "invoiced") {
    return locked.row;
  }
  const status = locked.check("markInvoiced");
  return saveAssignment(tx, ctx, locked, { status, event: "assignment.invoiced", data });
}

/**
 * Takes the assignment's row lock for a transaction about to move its money (payments pays an invoice or settles an
 * agreement). Every such transaction locks in one order: invoices, the assignment, its commitment, ledger accounts
 * (docs/architecture.md, "Lock order"). The assignment's own steps hold the row and then commit or release funds, so
 * a payment that reached the ledger before the row would meet them in the opposite order and deadlock.
 */
export async function lockBeforeMoney(tx: Executor, ctx: Ctx, id: string): Promise<MoneyLock> {
  return { locked: await lockForActor(tx, asSystem(ctx), id) };
}

/** The assignment's row as lockBeforeMoney locked it: markPaid moves it on without locking and reading it again. */
export interface MoneyLock {
  readonly locked: Locked;
}

/**
 * Called by the payments domain, inside its own transaction, when the worker has been paid, with the row it locked
 * before moving the money (nothing between writes the assignment). Payments has already decided who may pay; here
 * only the lifecycle (invoiced → paid, by the system) is checked.
 */
export async function markPaid(tx: Executor, ctx: Ctx, { locked }: MoneyLock, data: Record<string, unknown> = {}) {
  const status = locked.check("markPaid");
  return saveAssignment(tx, ctx, locked, { status, set: { paidAt: ctx.now }, event: "assignment.paid", data });
}

/** What an agreement both parties accepted does to the assignment (issue 15, item 5). */
export type Settlement = { kind: "paid"; amount: number } | { kind: "cancelled" } | { kind: "rework"; dueAt: Date };

/** Statuses an agreement may still end or reopen; a paid or cancelled assignment keeps its status. */
const settleable = new Set(["in_progress", "submitted", "approved", "invoiced"]);

/**
 * Executes the assignment's side of an agreement, inside the escalations domain's transaction. Not a lifecycle move
 * a party takes (both parties agreed, the system carries it out), so it writes through `saveAssignment` directly:
 * paid (the settlement paid the worker), cancelled (the client's committed funds are released), or back in progress
 * for rework with a new due date (only before approval).
 */
export async function settleByAgreement(tx: Executor, ctx: Ctx, id: string, settlement: Settlement) {
  const locked = await lockForActor(tx, asSystem(ctx), id);
  const { row } = locked;
  if (settlement.kind === "rework") {
    return saveAssignment(tx, ctx, locked, {
      status: "in_progress",
      set: {
        deadline: settlement.dueAt,
        submittedAt: null,
        autoApprovalDueAt: null,
        returnReason: "Rework agreed in an escalation",
      },
      event: "assignment.settled",
      data: { kind: "rework", dueAt: settlement.dueAt.toISOString() },
    });
  }
  const ends = settleable.has(row.status);
  const status = ends ? settlement.kind : row.status;
  const set =
    settlement.kind === "paid"
      ? {
          paidAt: ctx.now,
          autoApprovalDueAt: null,
          ...(row.status === "approved" || row.status === "invoiced" ? {} : { claimedAmount: settlement.amount }),
        }
      : ends
        ? { cancelledAt: ctx.now, cancellationReason: "Settled by agreement in an escalation", autoApprovalDueAt: null }
        : {};
  return saveAssignment(tx, ctx, locked, {
    status,
    set,
    event: "assignment.settled",
    data: settlement.kind === "paid" ? { kind: "paid", amount: settlement.amount } : { kind: "cancelled" },
  });
}

/** Whether rework may still be agreed: the work is in progress or waiting for approval. */
export const reworkPossible = (status: string) => status === "in_progress" || status === "submitted";
