import { requirePolicies } from "#domains/policies/index";
import { poolRecipients, requireRequirementsMet } from "#domains/talent/index";
import type { Ctx } from "#platform/context";
import type { Executor } from "#platform/db";
import { reportFor } from "../completeness";
import type { SendAssignment } from "../contract";
import { followUps, scheduleConfirmationAlert } from "../follow-up-steps";
import { runStepChecks } from "../hooks";
import { expiryOf, invite, resolveRecipients } from "../invitation-steps";
import { gateOf } from "../requirements/gate";
import { type Locked, lockForActor } from "../scope";
import { engage, notify, saveAssignment } from "../steps";
import { assignmentRecipients } from "../tables";
import { closingView } from "../view-steps";
import type { Finding, SentAssignment } from "../views";

type Snapshot = { completenessScore: number; completenessFindings: Finding[] };

/** Direct assignment: the one named worker gets it without an invitation round. */
async function assignDirectly(tx: Executor, ctx: Ctx, locked: Locked, workerId: string, snapshot: Snapshot) {
  await requireRequirementsMet(tx, ctx, gateOf(locked.row), workerId, "the worker");
  const row = await saveAssignment(tx, ctx, locked, {
    status: locked.check("assign"),
    set: { ...snapshot, ...engage(workerId), invitationsExpireAt: null },
    event: "assignment.assigned",
    data: { workerId, score: snapshot.completenessScore },
  });
  await runStepChecks("assign", tx, ctx, row, locked);
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
 * Sends a draft to the listed workers and the qualifying members of the chosen talent pools (issue 12, item 5), or
 * assigns one worker directly. The completeness report is frozen at this moment and travels with the assignment; the
 * answer says how many pool members were reached and how many were left out, for which requirement.
 */
export async function sendAssignment(ctx: Ctx, id: string, input: SendAssignment): Promise<SentAssignment> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check(input.assignDirectly ? "assign" : "send");
    await requirePolicies(tx, ctx);
    await runStepChecks("send", tx, ctx, locked.row, locked);
    const named = await resolveRecipients(tx, locked.row.companyId, input.workerIds);
    const fromPools = input.pools ? await poolRecipients(tx, ctx, gateOf(locked.row), input.pools) : null;
    const workerIds = [...new Set([...named, ...(fromPools?.workerIds ?? [])])];
    const report = reportFor(locked.row, locked.deliverableCount, ctx.now);
    const snapshot = { completenessScore: report.score, completenessFindings: report.findings };
    const [first] = workerIds;
    if (input.assignDirectly && first) {
      return {
        ...(await closingView(tx, ctx, await assignDirectly(tx, ctx, locked, first, snapshot))),
        poolReach: null,
      };
    }
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: { ...snapshot, invitationsExpireAt: expiryOf(input, ctx.now) },
      event: "assignment.sent",
      data: {
        recipients: workerIds.length,
        routingMode: locked.row.routingMode,
        score: report.score,
        ...(fromPools ? { pools: fromPools.reach } : {}),
      },
      jobs: followUps.invitationExpiry,
    });
    await invite(tx, ctx, row, workerIds);
    return { ...(await closingView(tx, ctx, row)), poolReach: fromPools?.reach ?? null };
  });
}
