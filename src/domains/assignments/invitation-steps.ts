/**
 * The steps of routing an assignment to workers, shared by send, add-recipients, accept, select-application, decline,
 * withdraw, cancel and the invitation-expiry job: resolving recipients, inviting them, closing open offers, and
 * closing the round when nobody is left who could take it.
 */
import { and, count, eq, gt, isNull, or, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { blockedProblem, notBlocked } from "#domains/companies/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { type Params, preparedSelect, preparedStatement } from "#platform/prepared";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import { transition } from "./lifecycle";
import { describePricing } from "./pricing";
import { pricingOf } from "./schedule";
import type { AssignmentRow, Locked } from "./scope";
import { notify, saveAssignment } from "./steps";
import { assignmentApplications, assignmentRecipients, assignments } from "./tables";

// Statements built once (platform/prepared.ts): send, accept and their retries run them on every call.
const activeWorkers = preparedSelect((db: Executor, p: Params<{ ids: string[]; companyId: string }>) =>
  db
    .select({ id: users.id, blocked: sql<boolean>`NOT ${notBlocked(sql`${p.companyId}::uuid`, users.id)}` })
    .from(users)
    .where(and(sql`${users.id} = ANY(${p.ids}::uuid[])`, eq(users.accountType, "worker"), isNull(users.suspendedAt))),
);

/** New or re-opened invitations (an assigned or still invited worker keeps their row), and the company's name. */
const inviteStatement = preparedStatement<
  { workerId: string; company: string | null },
  { id: string; companyId: string; ids: string[]; now: string }
>(
  (p) => sql`WITH invited AS (
    INSERT INTO ${assignmentRecipients} (assignment_id, worker_id, status, invited_at)
      SELECT ${p.id}::uuid, w, 'invited', ${p.now}::timestamptz FROM unnest(${p.ids}::uuid[]) AS w
    ON CONFLICT (assignment_id, worker_id) DO UPDATE
      SET status = 'invited', invited_at = excluded.invited_at, responded_at = NULL, decline_reason = NULL
      WHERE ${assignmentRecipients.status} NOT IN ('invited', 'accepted')
    RETURNING worker_id)
  SELECT worker_id AS "workerId", (SELECT name FROM ${companies} WHERE id = ${p.companyId}::uuid) AS company
  FROM invited`,
);

/**
 * Both kinds of open offer closed in one statement: who held one (a worker may appear twice). The winner's own
 * invitation, whatever its status, reads accepted (issue 10: that was an UPDATE of its own before this one).
 */
const closeStatement = preparedStatement<
  { workerId: string },
  { id: string; now: string; invitationStatus: "taken" | "withdrawn"; winner: string | null }
>(
  (p) => sql`WITH closed AS (
    UPDATE ${assignmentRecipients}
    SET status = CASE WHEN worker_id = ${p.winner}::uuid THEN 'accepted'::assignment_recipient_status
        ELSE ${p.invitationStatus}::assignment_recipient_status END,
      responded_at = ${p.now}::timestamptz
    WHERE assignment_id = ${p.id}::uuid AND (status = 'invited' OR worker_id = ${p.winner}::uuid)
    RETURNING worker_id
  ), rejected AS (
    UPDATE ${assignmentApplications} SET status = 'rejected', decided_at = ${p.now}::timestamptz
    WHERE assignment_id = ${p.id}::uuid AND status = 'pending' RETURNING worker_id
  )
  SELECT worker_id AS "workerId" FROM closed UNION ALL SELECT worker_id FROM rejected`,
);

/**
 * The recipient list, resolved now: named workers today; groups (talent issue) will expand into the same list here.
 * Every id must be an active worker account, and none may stand in a block with the company (403 `blocked`,
 * pointing at each such worker).
 */
export async function resolveRecipients(tx: Executor, companyId: string, workerIds: readonly string[]) {
  const found = await activeWorkers(tx, { ids: [...workerIds], companyId });
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
  // The blocks come with the workers, in the same statement (issue 10).
  const blocked = new Set(found.filter((r) => r.blocked).map((r) => r.id));
  const refusal = blockedProblem(workerIds, blocked, (index) => `/body/workerIds/${index}`);
  if (refusal) {
    throw refusal;
  }
  return [...workerIds];
}

/** Adds (or re-opens) invitations; a worker already assigned or invited keeps their row as it is. */
export async function invite(tx: Executor, ctx: Pick<Ctx, "now">, row: AssignmentRow, workerIds: string[]) {
  if (workerIds.length === 0) {
    return [];
  }
  const rows = await inviteStatement(tx, {
    id: row.id,
    companyId: row.companyId,
    ids: workerIds,
    now: ctx.now.toISOString(),
  });
  const company = rows[0] ? { name: rows[0].company } : undefined;
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

/**
 * Closes every open invitation and pending application; returns who still had an open invitation. With a winner
 * (`exceptWorker`), their invitation reads accepted and the others' "taken" for good, whatever happens to the
 * assignment later.
 */
export async function closeOffers(tx: Executor, ctx: Pick<Ctx, "now">, assignmentId: string, exceptWorker?: string) {
  const closed = await closeStatement(tx, {
    id: assignmentId,
    now: ctx.now.toISOString(),
    invitationStatus: exceptWorker ? "taken" : "withdrawn",
    winner: exceptWorker ?? null,
  });
  const ids = new Set(closed.map((r) => r.workerId));
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
