/**
 * The steps of routing an assignment to workers, shared by send, add-recipients, accept, select-application, decline,
 * withdraw, cancel and the invitation-expiry job: resolving recipients, inviting them, closing open offers, and
 * closing the round when nobody is left who could take it.
 */
import { and, count, eq, gt, inArray, isNull, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { refuseIfBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { transition } from "./lifecycle";
import { describePricing } from "./pricing";
import { pricingOf } from "./schedule";
import type { AssignmentRow, Locked } from "./scope";
import { notify, saveAssignment } from "./steps";
import { assignmentApplications, assignmentRecipients, assignments } from "./tables";

/**
 * The recipient list, resolved now: named workers today; groups (talent issue) will expand into the same list here.
 * Every id must be an active worker account, and none may stand in a block with the company (403 `blocked`,
 * pointing at each such worker).
 */
export async function resolveRecipients(tx: Executor, companyId: string, workerIds: readonly string[]) {
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, [...workerIds]), eq(users.accountType, "worker"), isNull(users.suspendedAt)));
  const known = new Set(found.map((r) => r.id));
  const unknown = workerIds.flatMap((id, index) => (known.has(id) ? [] : [index]));
  if (unknown.length > 0) {
    throw new Problem(
      "validation_failed",
      "Some recipients are not active Worklane workers.",
      {},
      unknown.map((index) => ({ pointer: `/body/workerIds/${index}`, message: "No active worker has this id." })),
    );
  }
  await refuseIfBlocked(tx, companyId, workerIds, (index) => `/body/workerIds/${index}`);
  return [...workerIds];
}

/** Adds (or re-opens) invitations; a worker already assigned or invited keeps their row as it is. */
export async function invite(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow, workerIds: string[]) {
  if (workerIds.length === 0) {
    return [];
  }
  const rows = await tx
    .insert(assignmentRecipients)
    .values(
      workerIds.map((workerId) => ({ assignmentId: row.id, workerId, status: "invited" as const, invitedAt: ctx.now })),
    )
    .onConflictDoUpdate({
      target: [assignmentRecipients.assignmentId, assignmentRecipients.workerId],
      set: { status: "invited", invitedAt: ctx.now, respondedAt: null, declineReason: null },
      setWhere: sql`${assignmentRecipients.status} NOT IN ('invited', 'accepted')`,
    })
    .returning({ workerId: assignmentRecipients.workerId });
  const [company] = await tx.select({ name: companies.name }).from(companies).where(eq(companies.id, row.companyId));
  const invited = rows.map((r) => r.workerId);
  const terms = describePricing(pricingOf(row), row.currency as Currency);
  const how = row.routingMode === "first_to_accept" ? "The first worker to accept gets it." : "Apply to be considered.";
  await notify(tx, ctx, invited, row.id, {
    subject: `New assignment from ${company?.name ?? "a client"}: ${row.title}`,
    text: `${company?.name ?? "A client"} sent you "${row.title}" (${terms}). ${how}`,
  });
  return invited;
}

/** The invitations' expiry from the request: in the future, or none. */
export function expiryOf(input: { invitationsExpireAt?: string | null }, now: Date): Date | null {
  if (!input.invitationsExpireAt) {
    return null;
  }
  const expiry = new Date(input.invitationsExpireAt);
  if (expiry <= now) {
    throw new Problem("validation_failed", "Invitations must expire in the future.", {}, [
      { pointer: "/body/invitationsExpireAt", message: "Choose a time in the future." },
    ]);
  }
  return expiry;
}

/** Closes every open invitation and pending application; returns who still had an open invitation. */
export async function closeOffers(tx: Executor, ctx: Pick<Ctx, "now">, assignmentId: string, exceptWorker?: string) {
  // With a winner, the others' invitations read "taken" for good, whatever happens to the assignment later.
  const closed = await tx
    .update(assignmentRecipients)
    .set({ status: exceptWorker ? "taken" : "withdrawn", respondedAt: ctx.now })
    .where(and(eq(assignmentRecipients.assignmentId, assignmentId), eq(assignmentRecipients.status, "invited")))
    .returning({ workerId: assignmentRecipients.workerId });
  const rejected = await tx
    .update(assignmentApplications)
    .set({ status: "rejected", decidedAt: ctx.now })
    .where(and(eq(assignmentApplications.assignmentId, assignmentId), eq(assignmentApplications.status, "pending")))
    .returning({ workerId: assignmentApplications.workerId });
  const ids = new Set([...closed, ...rejected].map((r) => r.workerId));
  if (exceptWorker) {
    ids.delete(exceptWorker);
  }
  return [...ids];
}

/**
 * Once no invitation is open and no application waits, nobody can take the assignment: it becomes `declined`
 * (a system move in the lifecycle table) and the client is told, so they can add recipients or withdraw it.
 */
export async function closeIfExhausted(tx: Executor, ctx: Ctx, locked: Pick<Locked, "facts">, row: AssignmentRow) {
  const open = or(isNull(assignments.invitationsExpireAt), gt(assignments.invitationsExpireAt, ctx.now));
  const [invited] = await tx
    .select({ n: count() })
    .from(assignmentRecipients)
    .innerJoin(assignments, eq(assignments.id, assignmentRecipients.assignmentId))
    .where(and(eq(assignmentRecipients.assignmentId, row.id), eq(assignmentRecipients.status, "invited"), open));
  const [pending] = await tx
    .select({ n: count() })
    .from(assignmentApplications)
    .where(and(eq(assignmentApplications.assignmentId, row.id), eq(assignmentApplications.status, "pending")));
  if ((invited?.n ?? 0) > 0 || (pending?.n ?? 0) > 0) {
    return row;
  }
  const status = transition("closeInvitations", { ...locked.facts, status: row.status }, "system");
  const closed = await saveAssignment(tx, ctx, { row }, { status, event: "assignment.invitations_closed" });
  await notify(tx, ctx, [row.createdBy], row.id, {
    subject: `No takers: ${row.title}`,
    text: `Every invitation for "${row.title}" was declined or expired. Add recipients or withdraw it to edit.`,
  });
  return closed;
}
