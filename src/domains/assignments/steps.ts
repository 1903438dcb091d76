/**
 * The steps the assignment use cases share (actions/, jobs.ts, hooks.ts and the sub-areas): inserting a draft and
 * writing a locked assignment, each with its history event; telling people; putting a worker
 * on and taking them off. Every step runs inside the caller's transaction; none is a use case itself. Invitations and
 * offers have their own steps (invitation-steps.ts), follow-ups theirs (follow-up-steps.ts).
 */
import { and, eq, getTableColumns, is, isNull, SQL, sql } from "drizzle-orm";
import { users } from "#domains/accounts/tables";
import { type Notice, noticeWrite, notify as notifyPeople } from "#domains/notifications/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import { type JobSpec, jobsWrite } from "#platform/jobs";
import { type Params, preparedSelect } from "#platform/prepared";
import { sendWithNextStatement } from "#platform/statement-rides";
import type { Write } from "#platform/write-together";
import type { AssignmentStatus } from "./contract";
import { releaseHandIns } from "./deliverables/steps";
import { followUps } from "./follow-up-steps";
import { closeOpenRequests } from "./requests/steps";
import type { AssignmentRow, Locked } from "./scope";
import { assignmentRecipients, assignments, assignmentTimeLogs } from "./tables";
import { totalsWrite } from "./totals-steps";

export type AssignmentChanges = Partial<Omit<typeof assignments.$inferInsert, "id" | "version" | "updatedAt">>;

/** The assignment's history entry: `assignment.<past tense>`, shown on both sides' timelines (filtered per party). */
export async function recordAssignmentEvent(
  tx: Executor,
  ctx: Ctx,
  assignmentId: string,
  action: string,
  data: Record<string, unknown> = {},
  alongside: readonly (Write | null)[] = [],
): Promise<void> {
  await recordEvent(tx, ctx, { action, subject: { type: "assignment", id: assignmentId }, data }, alongside);
}

/**
 * The UPDATE, built once per set of columns changed and of those set to NULL (platform/prepared.ts): Drizzle built
 * its text on every action. The placeholders sit in `.set()`, so each value still goes through its column's encoder
 * (which would refuse a NULL: those are written into the text). No RETURNING: the row it leaves is known before it
 * is sent (`updatedRow`), so it rides in front of the event's statement, one round trip fewer per action.
 */
const updateStatement = preparedSelect(
  (db: Executor, p: Params<Record<string, unknown>>, shape: { columns: string[]; nulls: string[] }) =>
    db
      .update(assignments)
      .set({
        ...(Object.fromEntries([
          ...shape.columns.map((column) => [column, p[column]]),
          ...shape.nulls.map((column) => [column, null]),
        ]) as Partial<typeof assignments.$inferInsert>),
        version: sql`${assignments.version} + 1`,
      })
      .where(sql`${assignments.id} = ${p.id}`),
);

/** Each column's SQL type by its key in the row. */
const columnTypes = new Map(Object.entries(getTableColumns(assignments)).map(([key, c]) => [key, c.getSQLType()]));

/**
 * A number as numeric(…, 2) keeps it: PostgreSQL rounds the decimal text it is sent half away from zero, which
 * `toFixed` on the binary double does not (1.005 is 1.01 stored, 1.00 by toFixed).
 */
function twoPlaces(value: number): number {
  const text = String(value);
  if (text.includes("e")) {
    return Number(value.toFixed(2));
  }
  return (Math.sign(value) * Math.round(Number(`${text.replace("-", "")}e2`))) / 100 || 0;
}

/**
 * The locked row as the UPDATE leaves it: each value changed as its column reads it back (a quantity to two places,
 * a UUID in lower case, JSON as JSON carries it) and the version bumped. Nothing else writes the row: it is locked,
 * and no trigger sits on the table.
 */
function updatedRow(before: AssignmentRow, values: Record<string, unknown>): AssignmentRow {
  const after: Record<string, unknown> = { ...before, version: before.version + 1 };
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined) {
      continue;
    }
    const type = columnTypes.get(key);
    after[key] =
      value === null
        ? null
        : type?.startsWith("numeric")
          ? twoPlaces(value as number)
          : type === "uuid"
            ? String(value).toLowerCase()
            : type === "jsonb"
              ? JSON.parse(JSON.stringify(value))
              : value;
  }
  return after as AssignmentRow;
}

/**
 * Writes a locked assignment and its event together: every change bumps the version (optimistic concurrency for
 * edits) and appends to the history in the same transaction.
 */
export async function saveAssignment(
  tx: Executor,
  ctx: Ctx,
  locked: Pick<Locked, "row">,
  change: {
    status?: AssignmentStatus;
    set?: AssignmentChanges;
    event: string;
    data?: Record<string, unknown>;
    /** Follow-ups the saved row asks for (follow-up-steps.ts `followUps`), queued in the event's statement. */
    jobs?: (row: AssignmentRow) => JobSpec[];
    /**
     * The action's own writes sent in the event's statement (a time log opened or closed): each must stand on its
     * own, since they share the snapshot from before the statement (write-together.ts), and no event probe may read
     * what they write.
     */
    writes?: readonly Write[];
    /** Whom the saved row's change is told, and what: sent in the event's statement too (`notify` otherwise). */
    notice?: (row: AssignmentRow) => AssignmentNotice;
  },
): Promise<AssignmentRow> {
  const before = locked.row.status;
  const status = change.status ?? before;
  const moved = status === before ? {} : { statusChangedAt: ctx.now };
  const values: Record<string, unknown> = { ...change.set, ...moved, status, updatedAt: ctx.now };
  const keys = Object.keys(values).sort();
  const columns = keys.filter((key) => values[key] !== undefined && values[key] !== null);
  const nulls = keys.filter((key) => values[key] === null);
  // An SQL expression in the change is part of the text, not a value: such an update is built as it comes.
  let row: AssignmentRow;
  if (columns.some((column) => is(values[column], SQL))) {
    const [returned] = await tx
      .update(assignments)
      .set({ ...values, version: sql`${assignments.version} + 1` })
      .where(eq(assignments.id, locked.row.id))
      .returning();
    if (!returned) {
      throw new Error(`assignment ${locked.row.id} vanished while locked`);
    }
    row = returned;
  } else {
    await sendWithNextStatement(tx, () => updateStatement(tx, { ...values, id: locked.row.id }, { columns, nulls }));
    row = updatedRow(locked.row, values);
  }
  const statusChange = status === before ? {} : { from: before, to: status };
  // The totals' delta and the follow-ups ride in the event's statement: one round trip for all (issue 10).
  const notice = change.notice?.(row);
  await recordAssignmentEvent(tx, ctx, row.id, change.event, { ...statusChange, ...change.data }, [
    ...(change.writes ?? []),
    notice ? noticeWrite(ctx, toNotice(row.id, notice)) : null,
    totalsWrite(locked.row, row),
    jobsWrite(ctx, change.jobs?.(row) ?? []),
  ]);
  return row;
}

/**
 * Tells people about a change, in the app and by email as their preferences say (notifications domain), inside the
 * action's transaction: nothing is told unless the change commits.
 */
export async function notify(
  tx: Executor,
  ctx: Pick<Ctx, "now">,
  userIds: readonly (string | null)[],
  assignmentId: string,
  notice: Omit<AssignmentNotice, "to">,
): Promise<void> {
  await notifyPeople(tx, ctx, toNotice(assignmentId, { ...notice, to: userIds }));
}

export interface AssignmentNotice {
  to: readonly (string | null)[];
  subject: string;
  /** Plain text; the link to the assignment is appended. */
  text: string;
}

const toNotice = (assignmentId: string, notice: AssignmentNotice): Notice => ({
  userIds: notice.to,
  type: "assignment.update",
  title: notice.subject,
  text: notice.text,
  link: `/assignments/${assignmentId}`,
  subject: { type: "assignment", id: assignmentId },
});

/*
 * A worker's engagement: what belongs to the one assigned worker and never passes to the next. A new worker starts
 * from the posted terms: no confirmation, no budget increase or expense someone else had accepted (the claim's
 * ceiling is `maximumSpend + extraBudget`), no open request, and nothing handed in (see deliverables/steps.ts
 * releaseHandIns). Every transition that puts a worker on an assignment (accept, select an application, assign
 * directly) sets `engage(workerId)`; every one that takes them off (abandon, no-show) calls `releaseWorker`. Cancel and
 * approve end the assignment and keep the worker on record.
 */

/** The columns a new engagement starts with (release cleared them already; rows released before that did not). */
export const engage = (workerId: string) =>
  ({ assignedWorkerId: workerId, confirmedAt: null, extraBudget: 0, openRequestCount: 0 }) satisfies AssignmentChanges;

/** How a worker came off an assignment: `abandoned` (they left, with a reason) or `no_show` (the client recorded it). */
export interface Release {
  status: AssignmentStatus;
  event: string;
  outcome: "abandoned" | "no_show";
  reason?: string;
}

/**
 * Takes the worker off the assignment (abandon, no-show): back to draft, ready to be sent again. Their invitation
 * records how it ended, their open time log and unanswered requests close, what they had been granted
 * (`extraBudget`) goes with them, and their hand-ins are released (kept for the company, counted for no one); the
 * event records all of it and names the worker (the no-show's actor is the client).
 */
export async function releaseWorker(tx: Executor, ctx: Ctx, locked: Locked, change: Release) {
  const workerId = locked.row.assignedWorkerId;
  let workerName: string | null = null;
  let handIns: Awaited<ReturnType<typeof releaseHandIns>> | null = null;
  if (workerId) {
    handIns = await releaseHandIns(tx, ctx.now, locked.row.id, workerId);
    await tx
      .update(assignmentRecipients)
      .set({ status: change.outcome, respondedAt: ctx.now, declineReason: change.reason ?? null })
      .where(and(eq(assignmentRecipients.assignmentId, locked.row.id), eq(assignmentRecipients.workerId, workerId)));
    const [worker] = await tx.select({ name: users.name }).from(users).where(eq(users.id, workerId));
    workerName = worker?.name ?? null;
  }
  await closeTimeLog(tx, ctx.now, locked.row.id);
  const closedRequestIds = await closeOpenRequests(tx, ctx, locked.row.id);
  return saveAssignment(tx, ctx, locked, {
    status: change.status,
    set: {
      ...{ assignedWorkerId: null, confirmedAt: null, holdReason: null, invitationsExpireAt: null },
      ...{ completenessScore: null, completenessFindings: null, openRequestCount: 0, extraBudget: 0 },
      ...(handIns ? { deliverablesDueAt: handIns.deliverablesDueAt } : {}),
    },
    event: change.event,
    data: {
      workerId,
      workerName,
      ...(change.reason === undefined ? {} : { reason: change.reason }),
      closedRequestIds,
      extraBudgetCleared: locked.row.extraBudget,
      ...handIns?.data,
    },
  });
}

/** Closes the open time log, if any (checking out; submitting, cancelling or leaving ends the clock too). */
export async function closeTimeLog(tx: Executor, now: Date, assignmentId: string, note?: string | null) {
  const [log] = await tx
    .update(assignmentTimeLogs)
    .set({ checkedOutAt: now, ...(note ? { note } : {}) })
    .where(and(eq(assignmentTimeLogs.assignmentId, assignmentId), isNull(assignmentTimeLogs.checkedOutAt)))
    .returning();
  return log ?? null;
}

/**
 * Approval by a person or by the system (auto-approval); either way through the lifecycle table, which refuses the
 * system while an escalation holds auto-approval. Payment follows in the payments domain (payment terms from here). The approve action and
 * the auto-approval job share it.
 */
export async function approveLocked(tx: Executor, ctx: Ctx, locked: Locked) {
  const status = locked.check("approve");
  const auto = locked.party === "system";
  // Pending requests are the assigned worker's only (release and a new request close everyone else's), and their
  // count is kept on the row in the same transactions: with none, the UPDATE would find nothing (issue 10).
  const closedRequestIds = locked.row.openRequestCount > 0 ? await closeOpenRequests(tx, ctx, locked.row.id) : [];
  const row = await saveAssignment(tx, ctx, locked, {
    status,
    set: { approvedAt: ctx.now, autoApprovalDueAt: null, openRequestCount: 0 },
    event: "assignment.approved",
    data: { auto, amount: locked.row.claimedAmount, paymentTermsDays: locked.row.paymentTermsDays, closedRequestIds },
    // The invoice opens in the payments domain, from a job queued in this transaction: it exists iff approval did.
    jobs: followUps.openInvoice,
    notice: (saved) => ({
      to: [saved.assignedWorkerId],
      subject: `Approved: ${saved.title}`,
      text: `"${saved.title}" was approved${auto ? " automatically" : ""}. Payment is due within ${saved.paymentTermsDays} days.`,
    }),
  });
  return row;
}
