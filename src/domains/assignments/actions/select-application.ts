import { and, eq } from "drizzle-orm";
import { refuseIfBlocked } from "#domains/companies/index";
import { requirePolicies } from "#domains/policies/index";
import type { Ctx } from "#platform/context";
import { Problem } from "#shared/problems";
import { scheduleConfirmationAlert } from "../follow-up-steps";
import { runStepChecks } from "../hooks";
import { closeOffers } from "../invitation-steps";
import { maximumSpend } from "../pricing";
import { pricingColumns, scheduleColumns } from "../schedule";
import { lockForActor } from "../scope";
import { engage, notify, saveAssignment } from "../steps";
import { assignmentApplications } from "../tables";
import { closingView } from "../view-steps";
import type { AssignmentView } from "../views";

/** The client picks one application; its counter-offer becomes the terms, and every other applicant is told. */
export async function selectApplication(ctx: Ctx, id: string, applicationId: string): Promise<AssignmentView> {
  return ctx.transaction(async (tx) => {
    const locked = await lockForActor(tx, ctx, id);
    const status = locked.check("selectApplication");
    await requirePolicies(tx, ctx);
    const [application] = await tx
      .update(assignmentApplications)
      .set({ status: "selected", decidedAt: ctx.now })
      .where(
        and(
          eq(assignmentApplications.id, applicationId),
          eq(assignmentApplications.assignmentId, id),
          eq(assignmentApplications.status, "pending"),
        ),
      )
      .returning();
    if (!application) {
      throw new Problem("not_found", "No pending application with this id is on this assignment.");
    }
    const workerId = application.workerId;
    // The update above rolls back with this refusal: the application stays pending.
    await refuseIfBlocked(tx, locked.row.companyId, [workerId]);
    const others = await closeOffers(tx, ctx, id, workerId);
    const pricing = application.proposedPricing;
    const row = await saveAssignment(tx, ctx, locked, {
      status,
      set: {
        ...engage(workerId),
        ...(pricing ? { ...pricingColumns(pricing), maximumSpend: maximumSpend(pricing) } : {}),
        ...(application.proposedSchedule ? scheduleColumns(application.proposedSchedule) : {}),
      },
      event: "assignment.application_selected",
      data: { workerId, applicationId, counterOffer: pricing !== null || application.proposedSchedule !== null },
    });
    await runStepChecks("assign", tx, ctx, row, locked);
    await notify(tx, ctx, [workerId], row.id, {
      subject: `You got it: ${row.title}`,
      text: `The client chose your application for "${row.title}". The instructions are now visible on the assignment.`,
    });
    await notify(tx, ctx, others, row.id, {
      subject: `Filled: ${row.title}`,
      text: `The client chose another worker for "${row.title}". Thank you for applying.`,
    });
    await scheduleConfirmationAlert(tx, ctx, row);
    return closingView(tx, ctx, row);
  });
}
