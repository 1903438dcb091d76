import { and, eq, inArray, isNull, sql } from "drizzle-orm";
import { companies, users } from "#domains/accounts/tables";
import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import type { Currency } from "#shared/money";
import { Problem } from "#shared/problems";
import type { SendAssignment } from "../contract";
import { describePricing } from "../pricing";
import { type AssignmentRow, type Locked, lockForActor } from "../queries";
import { pricingOf } from "../schedule";
import { assignmentRecipients } from "../tables";
import type { AssignmentView, Finding } from "../views/contract";
import { assignmentView } from "../views/queries";
import { reportFor } from "../views/view";
import { engage } from "./engagement";
import { scheduleConfirmationAlert, scheduleInvitationExpiry } from "./follow-up";
import { notify } from "./notify";
import { saveAssignment } from "./save";

/**
 * The recipient list, resolved now: named workers today; groups (talent issue) will expand into the same list here.
 * Every id must be an active worker account.
 */
export async function resolveRecipients(tx: Executor, workerIds: readonly string[]): Promise<string[]> {
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
  await notify(tx, ctx, invited, row.id, {
    subject: `New assignment from ${company?.name ?? "a client"}: ${row.title}`,
    text: `${company?.name ?? "A client"} sent you "${row.title}" (${describePricing(pricingOf(row), row.currency as Currency)}). ${
      row.routingMode === "first_to_accept" ? "The first worker to accept gets it." : "Apply to be considered."
    }`,
  });
  return invited;
}

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

type Snapshot = { completenessScore: number; completenessFindings: Finding[] };

/** Direct assignment: the one named worker gets it without an invitation round. */
async function assignDirectly(tx: Executor, ctx: Ctx, locked: Locked, workerId: string, snapshot: Snapshot) {
  const row = await saveAssignment(tx, ctx, locked, {
    status: locked.check("assign"),
    set: { ...snapshot, ...engage(workerId), invitationsExpireAt: null },
    event: "assignment.assigned",
    data: { workerId, score: snapshot.completenessScore },
  });
  const accepted = { status: "accepted" as const, invitedAt: ctx.now, respondedAt: ctx.now, declineReason: null };
  await tx
    .insert(assignmentRecipients)
    .values({ assignmentId: row.id, workerId, ...accepted })
    .onConflictDoUpdate({ target: [assignmentRecipients.assignmentId, assignmentRecipients.workerId], set: accepted });
  await notify(tx, ctx, [workerId], row.id, {
    subject: `Assigned to you: ${row.title}`,
    text: `You have been assigned "${row.title}". The instructions are now visible on the assignment.`,
  });
  await scheduleConfirmationAlert(tx, ctx, row);
  return row;
}

/**
 * Sends a draft to the listed workers, or assigns one worker directly. The completeness report is frozen at this
 * moment and travels with the assignment.
 */
export async function sendAssignment(ctx: Ctx, id: string, input: SendAssignment): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check(input.assignDirectly ? "assign" : "send");
    await requirePolicies(tx, ctx);
    const workerIds = await resolveRecipients(tx, input.workerIds);
    const report = reportFor(locked.row, ctx.now);
    const snapshot = { completenessScore: report.score, completenessFindings: report.findings };
    const [first] = workerIds;
    if (input.assignDirectly && first) {
      return assignmentView(tx, ctx, await assignDirectly(tx, ctx, locked, first, snapshot));
    }
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: { ...snapshot, invitationsExpireAt: expiryOf(input, ctx.now) },
      event: "assignment.sent",
      data: { recipients: workerIds.length, routingMode: locked.row.routingMode, score: report.score },
    });
    await invite(tx, ctx, row, workerIds);
    await scheduleInvitationExpiry(tx, ctx, row);
    return assignmentView(tx, ctx, row);
  });
}
