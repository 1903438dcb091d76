/**
 * The steps the case use cases share, inside the caller's transaction: writing a locked case with its history event,
 * ending a case (which lifts the pauses on the assignment), and telling the parties through the notifications domain
 * (in-app and email, as each person's preference for `escalation.update` says). The case conversation stays here.
 */
import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { memberships, users } from "#domains/accounts/tables";
import { releaseAutoApproval } from "#domains/assignments/index";
import { assignments } from "#domains/assignments/tables";
import { notify } from "#domains/notifications/index";
import { releaseAutoPay } from "#domains/payments/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { recordEvent } from "#platform/history";
import type { CaseStatus } from "./contract";
import type { CaseRow } from "./scope";
import { escalationCases, escalationProposals } from "./tables";

export type CaseChanges = Partial<Omit<typeof escalationCases.$inferInsert, "id" | "version" | "updatedAt">>;

/** Writes a locked case and its event together; every change bumps the version. */
export async function saveCase(
  tx: Executor,
  ctx: Ctx,
  row: CaseRow,
  change: { status?: CaseStatus; set?: CaseChanges; event: string; data?: Record<string, unknown> },
): Promise<CaseRow> {
  const status = change.status ?? row.status;
  const [saved] = await tx
    .update(escalationCases)
    .set({ ...change.set, status, version: sql`${escalationCases.version} + 1`, updatedAt: ctx.now })
    .where(eq(escalationCases.id, row.id))
    .returning();
  if (!saved) {
    throw new Error(`escalation case ${row.id} vanished while locked`);
  }
  const moved = status === row.status ? {} : { from: row.status, to: status };
  await recordEvent(tx, ctx, {
    action: change.event,
    subject: { type: "escalation", id: row.id },
    data: { assignmentId: row.assignmentId, ...moved, ...change.data },
  });
  return saved;
}

/** Ends an active case: the clocks stop, and auto-approval and auto-pay resume on the assignment. */
export async function endCase(
  tx: Executor,
  ctx: Ctx,
  row: CaseRow,
  change: { status: CaseStatus; set?: CaseChanges; event: string; data?: Record<string, unknown> },
): Promise<CaseRow> {
  const closedBy = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  // The pauses lift first: the ending event's webhook snapshot (webhook-steps.ts) then shows them lifted.
  await releaseAutoApproval(tx, ctx, row.assignmentId);
  await releaseAutoPay(tx, ctx, row.assignmentId);
  const saved = await saveCase(tx, ctx, row, {
    ...change,
    set: { ...change.set, nextUpdateDueAt: null, closedAt: ctx.now, closedBy },
  });
  // What is still pending can no longer be answered (an executed agreement is already marked before this).
  await supersedePending(tx, row.id);
  return saved;
}

/** A newer proposal, or the case ending, leaves the pending one unanswerable. */
export async function supersedePending(tx: Executor, caseId: string): Promise<void> {
  await tx
    .update(escalationProposals)
    .set({ status: "superseded" })
    .where(and(eq(escalationProposals.caseId, caseId), eq(escalationProposals.status, "pending")));
}

/**
 * The people a case speaks to: the assigned worker, and for the company its admins and the member who opened the case
 * or created the assignment. Suspended accounts are left out.
 */
async function partyIds(tx: Executor, row: CaseRow): Promise<string[]> {
  const [work] = await tx
    .select({ createdBy: assignments.createdBy })
    .from(assignments)
    .where(eq(assignments.id, row.assignmentId));
  const named = [row.workerId, row.openedBy, work?.createdBy].filter((id): id is string => Boolean(id));
  const people = await tx
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(and(inArray(users.id, named), isNull(users.suspendedAt)));
  const admins = await tx
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.companyId, row.companyId), eq(memberships.role, "admin"), isNull(users.suspendedAt)));
  return [...new Set([...people, ...admins].map((p) => p.id))];
}

/**
 * Tells both parties of a step of the case (not the person who took it), in the app and by email as their
 * preferences say; the link leads to the case page. Private staff notes never come through here.
 */
export async function notifyParties(
  tx: Executor,
  ctx: Ctx,
  row: CaseRow,
  notice: { subject: string; text: string },
): Promise<void> {
  const me = ctx.actor.kind === "user" ? ctx.actor.userId : null;
  const userIds = (await partyIds(tx, row)).filter((id) => id !== me);
  await notify(tx, ctx, {
    userIds,
    type: "escalation.update",
    title: notice.subject,
    text: notice.text,
    link: `/escalations/${row.id}`,
    subject: { type: "escalation", id: row.id },
  });
}
