import { and, eq, inArray } from "drizzle-orm";
import {
  ESCALATION_WINDOW_DAYS,
  escalatableStatuses,
  escalationWindowClosesAt,
  holdAutoApproval,
  lockForActor,
} from "#domains/assignments/index";
import { holdAutoPay } from "#domains/payments/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { firstResponseDue } from "../clocks";
import { activeStatuses, type OpenEscalation } from "../contract";
import { caseView } from "../scope";
import { notifyParties, saveCase } from "../steps";
import { escalationCases } from "../tables";
import type { EscalationView } from "../views";

const HOLD = "Paused by an open escalation";

/**
 * Either party opens a case from the assignment (issue 15, item 1): the client's admins, managers and finance
 * members, or the assigned worker; in progress to paid or cancelled, within 60 days of the last status change, one
 * active case at a time. While it is open, auto-approval and auto-pay are paused (the lower domains' hooks).
 */
export async function openEscalation(ctx: Ctx, assignmentId: string, input: OpenEscalation): Promise<EscalationView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, assignmentId);
    const { row, party } = locked;
    const side =
      party === "assignee"
        ? "worker"
        : party === "admin" || party === "manager" || party === "finance"
          ? "client"
          : null;
    if (side === null || ctx.actor.kind !== "user" || !row.assignedWorkerId) {
      throw new Problem(
        "forbidden",
        "Only the client's admins, managers and finance members and the assigned worker may escalate.",
      );
    }
    const extra = { currentStatus: row.status, action: "escalate" };
    if (!escalatableStatuses.includes(row.status)) {
      throw new Problem(
        "invalid_transition",
        "A case may be opened while the assignment is in progress, submitted, approved, invoiced, paid or cancelled.",
        extra,
      );
    }
    const closesAt = escalationWindowClosesAt(row);
    if (closesAt && closesAt < ctx.now) {
      throw new Problem(
        "escalation_window_closed",
        `Escalations are taken up to ${ESCALATION_WINDOW_DAYS} days after the assignment's last status change; this one closed on ${closesAt.toISOString()}.`,
        { ...extra, closedAt: closesAt.toISOString() },
      );
    }
    const [active] = await tx
      .select({ id: escalationCases.id })
      .from(escalationCases)
      .where(and(eq(escalationCases.assignmentId, row.id), inArray(escalationCases.status, [...activeStatuses])));
    if (active) {
      throw new Problem("escalation_already_open", "A case about this assignment is already open.", {
        caseId: active.id,
      });
    }
    const [inserted] = await tx
      .insert(escalationCases)
      .values({
        assignmentId: row.id,
        companyId: row.companyId,
        workerId: row.assignedWorkerId,
        openedBy: ctx.actor.userId,
        openedBySide: side,
        category: input.category,
        status: "open",
        details: input.details,
        desiredOutcome: input.desiredOutcome,
        desiredAmount: input.desiredAmount,
        currency: row.currency,
        firstResponseDueAt: firstResponseDue(ctx.now),
        nextUpdateDueAt: firstResponseDue(ctx.now),
        openedAt: ctx.now,
        updatedAt: ctx.now,
      })
      .returning();
    if (!inserted) {
      throw new Error("escalation insert returned nothing");
    }
    // The pauses first: the opening event's webhook snapshot (webhook-steps.ts) then shows them held.
    await holdAutoApproval(tx, ctx, row.id, HOLD);
    await holdAutoPay(tx, ctx, row.id, HOLD);
    const created = await saveCase(tx, ctx, inserted, {
      event: "escalation.opened",
      data: { to: "open", category: input.category, side, desiredAmount: input.desiredAmount },
    });
    await notifyParties(tx, ctx, created, {
      subject: `Escalation opened: ${row.title}`,
      text: `The ${side} opened an escalation case about "${row.title}". The Escalations Team answers within one business day. Auto-approval and auto-pay are paused while the case is open.`,
    });
    return caseView(tx, ctx, created.id);
  });
}
