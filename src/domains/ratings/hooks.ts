/**
 * The scorecards' inputs from the domains below: each hook runs inside the transaction that records the event
 * (platform/history.ts EventHook), reads the record the event is about and adds its contributions, so a figure
 * changes exactly when its cause commits. Assignments and payments never import this domain.
 */
import { eq, sql } from "drizzle-orm";
import { assignments } from "#domains/assignments/tables";
import { invoices } from "#domains/payments/tables";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { EventHook, EventInput, EventValues } from "#platform/history";
import type { Params } from "#platform/prepared";
import { type Contribution, queueContributions } from "./entry-steps";
import { DAY_MS } from "./figures";

/** What the hooks read of the assignment the event is about. */
type AssignmentRow = Pick<
  typeof assignments.$inferSelect,
  "id" | "companyId" | "assignedWorkerId" | "startsAt" | "deadline" | "submittedAt" | "deliverablesDueAt"
>;
const days = (from: Date, to: Date) => Math.round(((to.getTime() - from.getTime()) / DAY_MS) * 100) / 100;
const text = (value: unknown) => (typeof value === "string" ? value : null);

/**
 * The assignment as the action left it, read in the event's own statement (history.ts probe: issue 10, the hook read
 * it again in a round trip of its own right after the action wrote it). The probe sees the action's earlier
 * statements in the transaction, which is all a separate read after the event's insert saw.
 */
const assignmentProbe = (p: Params<EventValues>) =>
  sql`(SELECT json_build_object('id', ${assignments.id}, 'companyId', ${assignments.companyId},
    'assignedWorkerId', ${assignments.assignedWorkerId}, 'startsAt', ${assignments.startsAt},
    'deadline', ${assignments.deadline}, 'submittedAt', ${assignments.submittedAt},
    'deliverablesDueAt', ${assignments.deliverablesDueAt})
    FROM ${assignments} WHERE ${assignments.id} = ${p.subjectId}::uuid)`;

type Probed = { [K in keyof AssignmentRow]: AssignmentRow[K] extends Date | null ? string | null : AssignmentRow[K] };
const date = (value: string | null) => (value === null ? null : new Date(value));

/** The probe's JSON as the row's types (timestamps come as ISO text). */
function assignmentOf(probed: unknown): AssignmentRow | undefined {
  const row = probed as Probed | null;
  if (!row) {
    return undefined;
  }
  return {
    ...row,
    startsAt: date(row.startsAt),
    deadline: date(row.deadline),
    submittedAt: date(row.submittedAt),
    deliverablesDueAt: date(row.deliverablesDueAt),
  };
}

type Entry = Omit<Contribution, "subject" | "subjectId" | "at" | "assignmentId" | "companyId">;

async function addAll(tx: Executor, ctx: Ctx, row: AssignmentRow, company: Entry[], worker: [string, Entry][]) {
  const base = { at: ctx.now, assignmentId: row.id };
  await queueContributions(tx, [
    ...company.map((entry) => ({
      ...base,
      ...entry,
      subject: "company" as const,
      subjectId: row.companyId,
      companyId: null,
    })),
    ...worker.map(([workerId, entry]) => ({
      ...base,
      ...entry,
      subject: "worker" as const,
      subjectId: workerId,
      companyId: row.companyId,
    })),
  ]);
}

/** Approval: days from submission, whether a person approved before auto-approval, and one completed assignment. */
async function approved(tx: Executor, ctx: Ctx, row: AssignmentRow, event: EventInput) {
  const auto = event.data?.auto === true;
  const waited = row.submittedAt ? days(row.submittedAt, ctx.now) : 0;
  const company: Entry[] = [
    { figure: "approvalDays", ref: row.id, value: waited, note: `Approved ${waited} days after submission` },
    {
      figure: "approvedBeforeDeadline",
      ref: row.id,
      value: auto ? 0 : 1,
      note: auto ? "Approved automatically at the deadline" : "Approved by a person before the deadline",
    },
  ];
  const worker: [string, Entry][] = row.assignedWorkerId
    ? [[row.assignedWorkerId, { figure: "completed", ref: row.id, value: 1, note: "Approved" }]]
    : [];
  await addAll(tx, ctx, row, company, worker);
}

/** A cancellation with a worker assigned, under 24 hours' notice when the fee was offered, and the fee's choice. */
async function cancelled(tx: Executor, ctx: Ctx, row: AssignmentRow, event: EventInput) {
  if (!text(event.data?.assignedWorkerId)) {
    return;
  }
  const late = event.data?.feeOffered === true;
  const fee = typeof event.data?.fee === "number" && event.data.fee > 0;
  const company: Entry[] = [{ figure: "cancellations", ref: row.id, value: 1, note: "Cancelled after assignment" }];
  if (late) {
    company.push({ figure: "lateCancellations", ref: row.id, value: 1, note: "Under 24 hours' notice" });
  }
  if (late && fee) {
    company.push({ figure: "lateCancellationFeesPaid", ref: row.id, value: 1, note: "The fee was paid" });
  }
  await addAll(tx, ctx, row, company, []);
}

/** The first check-in of the assignment's worker: on time when by the start. */
async function checkedIn(tx: Executor, ctx: Ctx, row: AssignmentRow, event: EventInput) {
  const workerId = text(event.data?.workerId);
  if (!workerId || !row.startsAt) {
    return;
  }
  const onTime = ctx.now <= row.startsAt;
  const note = onTime ? "Checked in by the start" : `Checked in ${days(row.startsAt, ctx.now)} days after the start`;
  await addAll(tx, ctx, row, [], [[workerId, { figure: "onTimeArrival", ref: row.id, value: onTime ? 1 : 0, note }]]);
}

/** The first submission: on time when by the deliverables' due date (or the deadline). */
async function submitted(tx: Executor, ctx: Ctx, row: AssignmentRow) {
  const due = row.deliverablesDueAt ?? row.deadline;
  if (!row.assignedWorkerId || !due) {
    return;
  }
  const onTime = ctx.now <= due;
  const note = onTime ? "Submitted by the due date" : `Submitted ${days(due, ctx.now)} days after the due date`;
  const entry: Entry = { figure: "deliverablesOnTime", ref: row.id, value: onTime ? 1 : 0, note };
  await addAll(tx, ctx, row, [], [[row.assignedWorkerId, entry]]);
}

/** An abandon or a no-show: the same worker can be released from one assignment again after a new invitation. */
async function released(tx: Executor, ctx: Ctx, row: AssignmentRow, event: EventInput) {
  const workerId = text(event.data?.workerId);
  if (!workerId) {
    return;
  }
  const abandoned = event.action === "assignment.abandoned";
  const entry: Entry = {
    figure: abandoned ? "abandons" : "noShows",
    ref: `${row.id}@${ctx.now.toISOString()}`,
    value: 1,
    note: abandoned ? "Abandoned by the worker" : "Recorded as a no-show by the company",
  };
  await addAll(tx, ctx, row, [], [[workerId, entry]]);
}

const byAction: Record<string, (tx: Executor, ctx: Ctx, row: AssignmentRow, event: EventInput) => Promise<void>> = {
  "assignment.approved": approved,
  "assignment.cancelled": cancelled,
  "assignment.checked_in": checkedIn,
  "assignment.submitted": submitted,
  "assignment.abandoned": released,
  "assignment.no_show_marked": released,
};

/** A paid invoice: paid by its due date or not, and by how many days late. */
async function invoicePaid(tx: Executor, ctx: Ctx, event: EventInput) {
  const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, event.subject.id));
  if (!invoice) {
    return;
  }
  const late = Math.max(0, days(invoice.dueAt, ctx.now));
  const base = {
    subject: "company" as const,
    subjectId: invoice.companyId,
    ref: invoice.id,
    assignmentId: invoice.assignmentId,
    companyId: null,
    at: ctx.now,
  };
  const note = late > 0 ? `Paid ${late} days after the due date` : "Paid by the due date";
  await queueContributions(tx, [
    { ...base, figure: "paidOnTime", value: late > 0 ? 0 : 1, note },
    { ...base, figure: "daysLate", value: late, note },
  ]);
}

export const eventHooks: EventHook[] = [
  {
    actions: Object.keys(byAction),
    probe: assignmentProbe,
    async run(tx, ctx, event, probed) {
      const row = assignmentOf(probed);
      const hook = byAction[event.action];
      if (row && hook) {
        await hook(tx, ctx, row, event);
      }
    },
  },
  { actions: ["invoice.paid"], run: invoicePaid },
];
